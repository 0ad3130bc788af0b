package dev.portico.ratelimit.infra;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A shared backend with this server's memory behind it. While the backend fails, requests are
 * counted here instead (fail-open, each server on its own) or refused (fail-closed), and the
 * backend is tried again once {@code retryAfter} has passed since it last failed; readiness and
 * metrics read {@link #state()}, and the listener hears of each request counted here or refused.
 */
public final class FallbackBucketStore implements BucketStore {

  private static final Logger LOG = Logger.getLogger(FallbackBucketStore.class.getName());

  /** What happens to a request while the shared backend is failing. */
  public enum OnFailure {
    /** Count it in this server's memory: a credential gets its limits once per server. */
    LOCAL,
    /** Refuse it with 503: no request goes uncounted. */
    REFUSE
  }

  /** Told of each request (not each read of a bucket) that the shared backend did not count. */
  public interface Listener {
    /** Counted in this server's memory instead. */
    void countedLocally();

    /** Refused, because it could not be counted. */
    void refusedUnavailable();
  }

  private final BucketStore shared;
  private final BucketStore local;
  private final OnFailure onFailure;
  private final Clock clock;
  private final Duration retryAfter;
  private final Listener listener;
  private volatile BackendState state = BackendState.healthy();

  public FallbackBucketStore(
      BucketStore shared,
      BucketStore local,
      OnFailure onFailure,
      Clock clock,
      Duration retryAfter,
      Listener listener) {
    this.shared = shared;
    this.local = local;
    this.onFailure = onFailure;
    this.clock = clock;
    this.retryAfter = retryAfter;
    this.listener = listener;
  }

  public BackendState state() {
    return state;
  }

  public OnFailure onFailure() {
    return onFailure;
  }

  @Override
  public VerboseResult<ConsumptionProbe> tryConsume(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return call(store -> store.tryConsume(key, version, configuration), true);
  }

  @Override
  public VerboseResult<Long> available(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return call(store -> store.available(key, version, configuration), false);
  }

  /** {@code request}: the operation counts a request, rather than reading a bucket. */
  private <T> T call(Function<BucketStore, T> operation, boolean request) {
    BackendState current = state;
    Instant now = clock.instant();
    if (current.isFailing() && now.isBefore(current.lastFailure().plus(retryAfter))) {
      return fallBack(operation, null, request);
    }
    try {
      T result = operation.apply(shared);
      if (current.isFailing()) {
        LOG.info("The shared rate-limit backend answers again; counting there.");
        state = BackendState.healthy();
      }
      return result;
    } catch (RuntimeException e) {
      if (!current.isFailing()) {
        LOG.log(
            Level.WARNING,
            "The shared rate-limit backend failed; "
                + (onFailure == OnFailure.LOCAL
                    ? "counting in this server's memory"
                    : "refusing requests")
                + " until it answers again",
            e);
      }
      state = BackendState.failingSince(current.isFailing() ? current.failingSince() : now, now);
      return fallBack(operation, e, request);
    }
  }

  private <T> T fallBack(
      Function<BucketStore, T> operation, RuntimeException cause, boolean request) {
    if (onFailure == OnFailure.REFUSE) {
      if (request) {
        listener.refusedUnavailable();
      }
      throw new BackendUnavailableException(retryAfter, cause);
    }
    T result = operation.apply(local);
    if (request) {
      listener.countedLocally();
    }
    return result;
  }
}
