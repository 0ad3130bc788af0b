package dev.portico.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a folder's {@code index.xhtml} at the folder's path ({@code /}, {@code /docs/}). The
 * container's welcome files would do it, but on this Liberty a welcome file reached by an HTTP/2
 * (h2c) upgrade request never answers; a forward does.
 */
public class IndexPageRouter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String INDEX = "index.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.endsWith("/") && getServletContext().getResource(path + INDEX) != null) {
      request.getRequestDispatcher(path + INDEX).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
