package dev.portico.platform.web;

import dev.portico.platform.id.RequestId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every request a {@code Request-Id} (the client's if well-formed) and echoes it back. */
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RequestId id = RequestId.fromClientOrGenerate(request.getHeader(RequestId.HEADER));
    RequestIds.attach(request, id);
    response.setHeader(RequestId.HEADER, id.value());
    chain.doFilter(request, response);
  }
}
