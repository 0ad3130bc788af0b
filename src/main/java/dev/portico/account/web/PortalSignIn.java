package dev.portico.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs a person in through Jakarta Security from a Faces action and sends them on. The session
 * gets a new id first, so an id fixed before signing in is worth nothing after it.
 */
@RequestScoped
public class PortalSignIn {

  @Inject SecurityContext securityContext;

  /** True when signed in (and the response is a redirect); false when the credentials failed. */
  public boolean signInAndRedirect(String email, String password, String whereTo)
      throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email.strip(),
                        new Password(password == null ? "" : password))));
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + whereTo);
        return true;
      }
      case SEND_CONTINUE -> {
        // The mechanism has redirected to the page that asked for signing in.
        faces.responseComplete();
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
