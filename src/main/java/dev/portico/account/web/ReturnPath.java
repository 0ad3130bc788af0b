package dev.portico.account.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The console page to return to after signing in. Only a path inside the console is accepted, so
 * the login form can never be made to send someone to another site.
 */
final class ReturnPath {

  static final String HOME = "/portal/";

  private ReturnPath() {}

  static String ofForwardedRequest(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (uri == null) {
      return HOME;
    }
    Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    return safe(query == null ? uri.toString() : uri + "?" + query);
  }

  static String safe(String path) {
    if (path == null
        || !path.startsWith(HOME)
        || path.contains("//")
        || path.contains("\\")
        || path.contains("..")
        || path.chars().anyMatch(c -> c < 0x20)
        || path.startsWith("/portal/login")) {
      return HOME;
    }
    return path;
  }
}
