package dev.portico.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Hides an {@code Accept-Language} header that cannot be parsed, so the request is answered in the
 * default language, as RFC 9110 lets a server do. Left in place, the JAX-RS runtime refuses the
 * whole request with a 400 and the container fails reading the request's locale.
 */
public class AcceptLanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String HEADER = "Accept-Language";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader(HEADER);
    chain.doFilter(header == null || parses(header) ? request : new Without(request), response);
  }

  static boolean parses(String header) {
    try {
      Locale.LanguageRange.parse(header);
      return true;
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
  }

  /** The request as if it had come without the header. */
  private static final class Without extends HttpServletRequestWrapper {

    Without(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HEADER.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream()
              .filter(name -> !HEADER.equalsIgnoreCase(name))
              .toList());
    }

    @Override
    public Locale getLocale() {
      return Locale.getDefault();
    }

    @Override
    public Enumeration<Locale> getLocales() {
      return Collections.enumeration(java.util.List.of(Locale.getDefault()));
    }
  }
}
