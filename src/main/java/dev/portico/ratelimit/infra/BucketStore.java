package dev.portico.ratelimit.infra;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import java.util.function.Supplier;

/**
 * Where each subject's bucket lives. A bucket is made from {@code configuration} on first use, and
 * takes a new one when {@code version} changes: a window that grows keeps what was used of it, one
 * that shrinks keeps at most its new quota.
 */
public interface BucketStore {

  /** Takes one token if there is one, and reports every bandwidth's tokens afterwards. */
  VerboseResult<ConsumptionProbe> tryConsume(
      String key, long version, Supplier<BucketConfiguration> configuration);

  /** Reports every bandwidth's tokens without taking any. */
  VerboseResult<Long> available(
      String key, long version, Supplier<BucketConfiguration> configuration);
}
