package dev.portico.account.web;

import dev.portico.account.SignInService;
import dev.portico.account.domain.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The sign-in form; a locked address is told how long it stays locked. */
@Named
@RequestScoped
public class LoginPage {

  static final String INVALID = "Incorrect e-mail address or password.";

  @Inject PortalSignIn portalSignIn;
  @Inject SignInService signIn;

  private String email;
  private String password;
  private String next;

  public void signIn() throws IOException {
    boolean signedIn = portalSignIn.signInAndRedirect(email, password, ReturnPath.safe(next));
    password = null;
    if (!signedIn) {
      FacesContext.getCurrentInstance().addMessage(null, failure());
    }
  }

  private FacesMessage failure() {
    Optional<Instant> locked = Optional.empty();
    try {
      locked = signIn.lockedUntil(User.normalizeEmail(email));
    } catch (IllegalArgumentException notAnAddress) {
      // reported as an incorrect address below
    }
    if (locked.isPresent()) {
      long seconds = Math.max(1, Duration.between(Instant.now(), locked.get()).toSeconds() + 1);
      return new FacesMessage(
          FacesMessage.SEVERITY_ERROR,
          "Too many failed attempts: sign-in for this address is locked. Try again in "
              + seconds
              + " seconds.",
          null);
    }
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, INVALID, null);
  }

  /**
   * Where to go once signed in: the console page that was asked for, when the login page stands in
   * for it, kept in a hidden field across the form's post.
   */
  public String getNext() {
    if (next == null) {
      next =
          ReturnPath.ofForwardedRequest(
              (HttpServletRequest)
                  FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
    return next;
  }

  public void setNext(String next) {
    this.next = next;
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
