package dev.portico.platform.faces;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a console session: signed out and the session dropped, so nothing kept in it (the mode,
 * notices, a secret not yet shown) outlives the user who signed out.
 */
public final class ConsoleSessions {

  private ConsoleSessions() {}

  public static void end(HttpServletRequest request) throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
