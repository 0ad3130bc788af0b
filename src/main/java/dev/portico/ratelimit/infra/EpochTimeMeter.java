package dev.portico.ratelimit.infra;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/**
 * Bucket4j's time source, read from a {@link Clock} in nanoseconds since the epoch, so the fixed
 * windows' aligned refills happen on UTC boundaries and tests can move time.
 */
public record EpochTimeMeter(Clock clock) implements TimeMeter {

  @Override
  public long currentTimeNanos() {
    Instant now = clock.instant();
    return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
  }

  @Override
  public boolean isWallClockBased() {
    return true;
  }
}
