package dev.portico.ratelimit;

import dev.portico.platform.time.PorticoClock;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.domain.RateLimitSubject;
import dev.portico.ratelimit.infra.EpochTimeMeter;
import dev.portico.ratelimit.infra.LocalBucketStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Counts each credential's requests against its limits, in this server's memory. */
@ApplicationScoped
public class RateLimitService {

  @Inject RateLimitConfig config;

  private RateLimiter limiter;

  @PostConstruct
  void create() {
    Clock clock = PorticoClock.UTC_MILLIS;
    limiter =
        new RateLimiter(
            new LocalBucketStore(new EpochTimeMeter(clock), config.localBuckets()), clock);
  }

  public boolean enabled() {
    return config.enabled();
  }

  public RateLimitDecision consume(RateLimitSubject subject) {
    return limiter.consume(subject);
  }

  public RateLimitDecision peek(RateLimitSubject subject) {
    return limiter.peek(subject);
  }
}
