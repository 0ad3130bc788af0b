package dev.portico.ratelimit;

import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.ratelimit.domain.RateLimitDecision;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The rate-limit state of the current request: whose budget it counts against (the one its
 * credential's authentication named, or its client address's) and what the limiter decided.
 */
@RequestScoped
public class RateLimitedRequest {

  private RateLimitSubject subject;
  private RateLimitDecision decision;

  public void countAgainst(RateLimitSubject budget) {
    subject = budget;
  }

  public Optional<RateLimitSubject> subject() {
    return Optional.ofNullable(subject);
  }

  public void decided(RateLimitDecision made) {
    decision = made;
  }

  public Optional<RateLimitDecision> decision() {
    return Optional.ofNullable(decision);
  }
}
