package dev.portico.ratelimit.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Buckets kept by a shared backend through a Bucket4j {@link ProxyManager}, so that every server of
 * a deployment counts against one budget per credential. A stored bucket whose version is older
 * than the credential's takes the new configuration in the same round trip.
 *
 * <p>Concurrent requests of a key go to the backend as one batch. A batch cannot make a missing
 * bucket (Bucket4j fails the whole batch with "bucket does not exist", having counted nothing), so
 * a key's first request on this server runs alone and the others wait for it; a batch that finds
 * its bucket deleted (idle buckets are purged) starts the key over once. How often the batches
 * reach the backend is the {@link SharedCountSync}'s choice.
 */
public final class ProxyBucketStore implements BucketStore {

  private final Supplier<ProxyManager<String>> buckets;
  private final SharedCountSync sync;
  private final TimeMeter time;

  /** Batching works within one proxy, so each credential keeps its proxies while in use. */
  private final Cache<String, KeyProxies> proxies =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  /**
   * {@code buckets} is asked on every call, so a manager that connects lazily can; {@code time} is
   * the clock of the buckets, which also times how long counts stay unsynchronized.
   */
  public ProxyBucketStore(
      Supplier<ProxyManager<String>> buckets, SharedCountSync sync, TimeMeter time) {
    this.buckets = buckets;
    this.sync = sync;
    this.time = time;
  }

  @Override
  public VerboseResult<ConsumptionProbe> tryConsume(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return call(
        key, version, configuration, bucket -> bucket.asVerbose().tryConsumeAndReturnRemaining(1));
  }

  @Override
  public VerboseResult<Long> available(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return call(key, version, configuration, bucket -> bucket.asVerbose().getAvailableTokens());
  }

  private <T> T call(
      String key,
      long version,
      Supplier<BucketConfiguration> configuration,
      Function<BucketProxy, T> operation) {
    KeyProxies current = proxiesOf(key, version, configuration);
    try {
      return current.call(operation);
    } catch (RuntimeException e) {
      // The next request starts the key over: its first request alone again.
      proxies.asMap().remove(key, current);
      if (!causedBy(e, BucketNotFoundException.class)) {
        throw e;
      }
      return proxiesOf(key, version, configuration).call(operation);
    }
  }

  private KeyProxies proxiesOf(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    KeyProxies cached = proxies.getIfPresent(key);
    if (cached != null && cached.version() == version) {
      return cached;
    }
    return proxies
        .asMap()
        .compute(
            key,
            (k, present) ->
                present != null && present.version() == version
                    ? present
                    : new KeyProxies(
                        version,
                        proxy(key, version, configuration, false),
                        proxy(key, version, configuration, true)));
  }

  private BucketProxy proxy(
      String key, long version, Supplier<BucketConfiguration> configuration, boolean batched) {
    var builder =
        buckets
            .get()
            .builder()
            .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE);
    if (batched) {
      builder = builder.withOptimization(sync.optimization(time));
    }
    return builder.build(key, configuration);
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** One credential's proxies: the first request goes alone and makes the bucket, then batches. */
  private static final class KeyProxies {

    private final long version;
    private final BucketProxy alone;
    private final BucketProxy batched;
    private final AtomicBoolean making = new AtomicBoolean();
    private final CompletableFuture<Void> made = new CompletableFuture<>();

    KeyProxies(long version, BucketProxy alone, BucketProxy batched) {
      this.version = version;
      this.alone = alone;
      this.batched = batched;
    }

    long version() {
      return version;
    }

    <T> T call(Function<BucketProxy, T> operation) {
      if (!made.isDone()) {
        if (making.compareAndSet(false, true)) {
          try {
            T result = operation.apply(alone);
            made.complete(null);
            return result;
          } catch (RuntimeException e) {
            made.completeExceptionally(e);
            throw e;
          }
        }
        try {
          made.join();
        } catch (CompletionException e) {
          throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
      }
      return operation.apply(batched);
    }
  }
}
