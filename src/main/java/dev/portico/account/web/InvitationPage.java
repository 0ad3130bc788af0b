package dev.portico.account.web;

import dev.portico.account.AccountInputException;
import dev.portico.account.InvitationService;
import dev.portico.account.domain.Invitation;
import dev.portico.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/** Accepting an invitation: the invited person sets a password, joins and is signed in. */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvitationService invitations;
  @Inject PortalSignIn signIn;

  private String token;
  private String email;
  private String organizationRole;
  private boolean open;
  private String name;
  private String password;

  /** The page's view action: reads the link's token once. */
  public void load() {
    Optional<Invitation> invitation = invitations.findOpen(token);
    open = invitation.isPresent();
    invitation.ifPresent(
        i -> {
          email = i.email();
          organizationRole = i.role().text();
        });
  }

  public void accept() throws IOException {
    try {
      invitations.accept(token, name, password == null ? null : password.toCharArray());
    } catch (AccountInputException invalid) {
      FieldMessages.show(invalid.errors(), "accept");
      return;
    }
    signIn.signInAndRedirect(email, password, "/portal/?joined");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isOpen() {
    return open;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganizationRole() {
    return organizationRole;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
