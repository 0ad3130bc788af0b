package dev.portico.account.web;

import dev.portico.account.AccountService;
import dev.portico.account.domain.User;
import dev.portico.platform.faces.ConsoleMode;
import dev.portico.platform.faces.ConsoleSessions;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.RequestOrigin;
import dev.portico.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Turns the signed-in portal user into the request's {@link Caller}, so the console calls the same
 * services as the API, with the same tenancy and permission checks: the user's organization, the
 * mode the console is switched to, and the scopes of the user's current role. The user is read on
 * every request, so a changed role or a removed member takes effect at once.
 */
public class ConsoleCallerFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject CallerContext callerContext;
  @Inject ConsoleMode mode;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<User> user = accounts.user(principal.getName());
    if (user.isEmpty()) {
      ConsoleSessions.end(request);
      response.sendRedirect(request.getContextPath() + "/portal/login?removed");
      return;
    }
    callerContext.set(
        accounts.callerOf(user.get(), mode.isLive()),
        new RequestOrigin(request.getRemoteAddr(), RequestIds.of(request).value()));
    chain.doFilter(request, response);
  }
}
