package dev.portico.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Applies the {@link CorsPolicy} to API requests; answers allowed preflights itself. */
public class CorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient CorsConfig config;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CorsPolicy policy = config.policy();
    String origin = request.getHeader("Origin");
    if (!policy.enabled() || !policy.allows(origin)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.addHeader("Vary", "Origin");
    response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (preflight) {
      response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
      response.setHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
      response.setHeader("Access-Control-Max-Age", Long.toString(policy.maxAgeSeconds()));
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(request, response);
  }
}
