package dev.portico.account.web;

import dev.portico.account.AccountInputException;
import dev.portico.account.AccountService;
import dev.portico.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Sign-up: creates an organization and its owner, then signs the owner in. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject AccountService accounts;
  @Inject PortalSignIn signIn;

  private String organization;
  private String name;
  private String email;
  private String password;

  public void signUp() throws IOException {
    try {
      accounts.signUp(organization, name, email, password == null ? null : password.toCharArray());
    } catch (AccountInputException invalid) {
      FieldMessages.show(invalid.errors(), "signup");
      return;
    }
    signIn.signInAndRedirect(email, password, "/portal/?welcome");
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
