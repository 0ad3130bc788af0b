package dev.portico.ratelimit.api;

import dev.portico.platform.api.ApiPath;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.security.CallerContext;
import dev.portico.ratelimit.RateLimitService;
import dev.portico.ratelimit.RateLimitedRequest;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.domain.WindowState;
import dev.portico.ratelimit.infra.BackendUnavailableException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Counts every API request against its credential's limits, or a request without one against its
 * client address's, right after authentication and before anything else is done for it, so a
 * refused request costs no database work; and puts the rate-limit headers on every answer to a
 * counted request, refusals included.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  @Inject RateLimitService limits;
  @Inject RateLimitedRequest rateLimited;
  @Inject CallerContext callerContext;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    // Even with limits off: the rate-limit status endpoint shows the credential's budget.
    callerContext.rateLimitSubject().ifPresent(rateLimited::countAgainst);
    if (!limits.enabled() || !ApiPath.isVersioned(ApiPath.of(request.getUriInfo().getPath()))) {
      return;
    }
    rateLimited
        .subject()
        .or(this::anonymous)
        .ifPresent(
            subject -> {
              RateLimitDecision decision = consume(subject);
              rateLimited.decided(decision);
              if (!decision.admitted()) {
                throw refusal(decision);
              }
            });
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    rateLimited.decision().ifPresent(d -> RateLimitHeaders.write(d, response.getHeaders()));
  }

  /** A request without a credential counts against its client address's budget. */
  private Optional<RateLimitSubject> anonymous() {
    Optional<RateLimitSubject> address = limits.anonymous(servletRequest.getRemoteAddr());
    address.ifPresent(rateLimited::countAgainst);
    return address;
  }

  private RateLimitDecision consume(RateLimitSubject subject) {
    try {
      return limits.consume(subject);
    } catch (BackendUnavailableException e) {
      throw unavailable(e);
    }
  }

  /** The 503 of a request that was not run because its limits could not be counted. */
  static ProblemException unavailable(BackendUnavailableException e) {
    return new ProblemException(
            ErrorCode.SERVICE_UNAVAILABLE,
            "Rate limits cannot be counted right now, so the request was not run. Retry after "
                + e.retryAfterSeconds()
                + " s.")
        .withHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
  }

  private static ProblemException refusal(RateLimitDecision decision) {
    WindowState binding = decision.binding();
    return new ProblemException(
            ErrorCode.RATE_LIMITED,
            (decision.subject().anonymous()
                    ? "Requests without a key from this address have used their "
                    : "This credential has used its ")
                + binding.window().text()
                + " limit of "
                + binding.limit()
                + " requests. Retry after "
                + decision.retryAfterSeconds()
                + " s.")
        .withHeader(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds());
  }
}
