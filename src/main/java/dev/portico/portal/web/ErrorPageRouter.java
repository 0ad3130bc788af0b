package dev.portico.portal.web;

import dev.portico.portal.ErrorGuides;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code /docs/errors/<code>}, the {@code type} URI of every problem, from one view: the
 * path names the code, {@link ErrorCodePage} renders its guide. Other paths pass through.
 */
@WebFilter(urlPatterns = "/docs/errors/*")
public class ErrorPageRouter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String PREFIX = "/docs/errors/";
  static final String VIEW = "/docs/errors/code.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String code = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
    if (ErrorGuides.find(code).isPresent()) {
      request.setAttribute(ErrorCodePage.CODE_ATTRIBUTE, code);
      request.getRequestDispatcher(VIEW).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
