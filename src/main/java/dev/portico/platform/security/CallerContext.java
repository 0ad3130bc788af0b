package dev.portico.platform.security;

import dev.portico.platform.ratelimit.RateLimitSubject;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Holds the {@link Caller} of the current request: set once, by {@link AuthenticationFilter} on the
 * API path or by Portico's own jobs (the first-run bootstrap) acting for one organization.
 */
@RequestScoped
public class CallerContext {

  private Caller caller;
  private RequestOrigin origin = RequestOrigin.INTERNAL;
  private RateLimitSubject rateLimitSubject;

  /** An authenticated API request: the caller and the budget its credential counts against. */
  public void set(Authentication authenticated, RequestOrigin from) {
    set(authenticated.caller(), from);
    rateLimitSubject = authenticated.rateLimitSubject();
  }

  public void set(Caller authenticated, RequestOrigin from) {
    if (caller != null) {
      throw new IllegalStateException("the caller of a request is set once");
    }
    caller = authenticated;
    origin = from;
  }

  public RequestOrigin origin() {
    return origin;
  }

  /** The caller; a request that reaches a service unauthenticated is a bug, not a client error. */
  public Caller current() {
    if (caller == null) {
      throw new IllegalStateException("no authenticated caller on this request");
    }
    return caller;
  }

  /**
   * Runs {@code work} as {@code acting}, for Portico's own jobs that act for one tenant after
   * another (a timer, say): only where no caller is set, and the caller is unset afterwards.
   */
  public <T> T actAs(Caller acting, Supplier<T> work) {
    if (caller != null) {
      throw new IllegalStateException("a request with a caller cannot act as another");
    }
    caller = acting;
    try {
      return work.get();
    } finally {
      caller = null;
    }
  }

  /** The budget named by the credential; empty for a request without one, or not from the API. */
  public Optional<RateLimitSubject> rateLimitSubject() {
    return Optional.ofNullable(rateLimitSubject);
  }

  public Optional<Caller> find() {
    return Optional.ofNullable(caller);
  }
}
