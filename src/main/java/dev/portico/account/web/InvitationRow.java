package dev.portico.account.web;

import dev.portico.account.domain.Invitation;
import dev.portico.platform.faces.ConsoleTimes;
import java.io.Serializable;

/** One open invitation as the members page shows it. */
public class InvitationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String email;
  private final String role;
  private final String expires;

  InvitationRow(Invitation invitation) {
    id = invitation.id();
    email = invitation.email();
    role = invitation.role().text();
    expires = ConsoleTimes.format(invitation.expiresAt(), "");
  }

  public String getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getRole() {
    return role;
  }

  public String getExpires() {
    return expires;
  }
}
