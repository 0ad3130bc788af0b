package dev.portico.ratelimit.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.local.LocalBucket;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Buckets in this server's memory: exact for one server, and each server of a cluster keeps its own
 * count. A bucket idle for longer than a day is dropped, since by then every window has refilled.
 */
public final class LocalBucketStore implements BucketStore {

  private static final Duration IDLE = Duration.ofDays(1).plusMinutes(1);

  private final Cache<String, VersionedBucket> buckets;
  private final TimeMeter time;

  public LocalBucketStore(TimeMeter time, long maximumBuckets) {
    this.time = time;
    this.buckets =
        Caffeine.newBuilder().maximumSize(maximumBuckets).expireAfterAccess(IDLE).build();
  }

  @Override
  public VerboseResult<ConsumptionProbe> tryConsume(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return bucket(key, version, configuration).asVerbose().tryConsumeAndReturnRemaining(1);
  }

  @Override
  public VerboseResult<Long> available(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    return bucket(key, version, configuration).asVerbose().getAvailableTokens();
  }

  private LocalBucket bucket(
      String key, long version, Supplier<BucketConfiguration> configuration) {
    VersionedBucket current =
        buckets.get(key, k -> new VersionedBucket(build(configuration.get()), version));
    if (current.version() == version) {
      return current.bucket();
    }
    return buckets
        .asMap()
        .compute(
            key,
            (k, stored) -> {
              if (stored == null) {
                return new VersionedBucket(build(configuration.get()), version);
              }
              if (stored.version() != version) {
                stored
                    .bucket()
                    .replaceConfiguration(configuration.get(), TokensInheritanceStrategy.ADDITIVE);
              }
              return new VersionedBucket(stored.bucket(), version);
            })
        .bucket();
  }

  private LocalBucket build(BucketConfiguration configuration) {
    LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
    for (Bandwidth bandwidth : configuration.getBandwidths()) {
      builder.addLimit(bandwidth);
    }
    return builder.build();
  }

  private record VersionedBucket(LocalBucket bucket, long version) {}
}
