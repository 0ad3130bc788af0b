package dev.portico.ratelimit.infra;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import java.time.Duration;
import java.util.Objects;

/**
 * How often a server writes a credential's requests to the shared backend. Exact (the default):
 * every request, its concurrent neighbours batched with it, is counted there before it is answered.
 * Otherwise a server may admit up to {@code unsynchronizedRequests} of a key from its own copy of
 * the shared bucket, for at most {@code unsynchronizedFor}, before it writes them all in one round
 * trip: fewer round trips, at the price of each server admitting up to that many requests beyond
 * what the shared count would have allowed (they are still counted, so later requests pay for
 * them).
 */
public record SharedCountSync(long unsynchronizedRequests, Duration unsynchronizedFor) {

  public static final SharedCountSync EXACT = new SharedCountSync(0, Duration.ZERO);

  public SharedCountSync {
    Objects.requireNonNull(unsynchronizedFor, "unsynchronizedFor is required");
    if (unsynchronizedRequests < 0) {
      throw new IllegalArgumentException(
          "portico.rate-limits.unsynchronized-requests must be 0 or more, not "
              + unsynchronizedRequests);
    }
    if (unsynchronizedRequests > 0
        && (unsynchronizedFor.isNegative() || unsynchronizedFor.isZero())) {
      throw new IllegalArgumentException(
          "portico.rate-limits.unsynchronized-for must be positive when requests may go"
              + " unsynchronized, not "
              + unsynchronizedFor);
    }
  }

  public boolean exact() {
    return unsynchronizedRequests == 0;
  }

  /** Bucket4j's optimization for the proxies of busy keys; both kinds batch concurrent requests. */
  Optimization optimization(TimeMeter time) {
    if (exact()) {
      return Optimizations.batching();
    }
    return new DelayOptimization(
        new DelayParameters(unsynchronizedRequests, unsynchronizedFor),
        NopeOptimizationListener.INSTANCE,
        time);
  }
}
