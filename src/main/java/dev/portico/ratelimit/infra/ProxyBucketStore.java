package dev.portico.ratelimit.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Buckets kept by a shared backend through a Bucket4j {@link ProxyManager}, so that every server of
 * a deployment counts against one budget per credential. A stored bucket whose version is older
 * than the credential's takes the new configuration in the same round trip.
 */
public final class ProxyBucketStore implements BucketStore {

  private final Supplier<ProxyManager<String>> buckets;

  /** Batching works within one proxy, so each credential keeps its proxy while in use. */
  private final Cache<String, VersionedProxy> proxies =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  /** {@code buckets} is asked on every call, so a manager that connects lazily can. */
  public ProxyBucketStore(Supplier<ProxyManager<String>> buckets) {
    this.buckets = buckets;
  }

  @Override
  public VerboseResult<ConsumptionProbe> tryConsume(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return run(key, version, configuration, b -> b.asVerbose().tryConsumeAndReturnRemaining(1));
  }

  @Override
  public VerboseResult<Long> available(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return run(key, version, configuration, b -> b.asVerbose().getAvailableTokens());
  }

  /**
   * A batch of commands for a bucket that does not exist yet (a new credential, or one whose bucket
   * expired) fails as a whole instead of making the bucket, and takes no token; one plain command
   * makes it, so the command is sent again that way.
   */
  private <T> T run(
      String key,
      long version,
      Supplier<BucketConfiguration> configuration,
      Function<BucketProxy, T> command) {
    try {
      return command.apply(bucket(key, version, configuration));
    } catch (RuntimeException e) {
      if (!isMissingBucket(e)) {
        throw e;
      }
      return command.apply(unbatched(key, version, configuration));
    }
  }

  private static boolean isMissingBucket(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BucketNotFoundException) {
        return true;
      }
    }
    return false;
  }

  private BucketProxy unbatched(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return buckets
        .get()
        .builder()
        .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE)
        .build(key, configuration);
  }

  private BucketProxy bucket(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    VersionedProxy cached = proxies.getIfPresent(key);
    if (cached != null && cached.version() == version) {
      return cached.proxy();
    }
    BucketProxy made =
        buckets
            .get()
            .builder()
            .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE)
            .withOptimization(Optimizations.batching())
            .build(key, configuration);
    proxies.put(key, new VersionedProxy(made, version));
    return made;
  }

  private record VersionedProxy(BucketProxy proxy, long version) {}
}
