package dev.portico.quota;

import dev.portico.quota.domain.Plan;
import dev.portico.quota.domain.QuotaPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * This server's count of each organization's requests in a period: what the store held when last
 * read, plus what this server counted since and has not yet written. Requests are counted here, in
 * memory, and written to the store in batches ({@link #takePending}), so no request waits for a
 * database write; a count not read for longer than {@code staleAfter} is read again before it is
 * used, so other servers' requests are seen within that time plus their own write interval.
 */
public final class QuotaCounter {

  /** Whose count, and of which period. */
  public record UsageKey(String organizationId, QuotaPeriod period) {}

  /** What counting one request decided, and the count after it. */
  public record Count(boolean admitted, long used) {}

  /** Requests counted here and taken for writing. */
  public record Pending(UsageKey key, long requests) {}

  private final ConcurrentHashMap<UsageKey, Tally> tallies = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration staleAfter;

  public QuotaCounter(Clock clock, Duration staleAfter) {
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  /**
   * Counts one request, unless the plan blocks and the quota is used; {@code stored} reads the
   * store's count when this server's is missing or stale.
   */
  public Count count(UsageKey key, Plan plan, LongSupplier stored) {
    Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
    synchronized (tally) {
      refreshIfStale(tally, stored);
      long used = tally.used();
      if (plan.blocks() && used >= plan.monthlyRequests()) {
        return new Count(false, used);
      }
      tally.pending++;
      return new Count(true, used + 1);
    }
  }

  /** The count as this server knows it, without counting. */
  public long used(UsageKey key, LongSupplier stored) {
    Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
    synchronized (tally) {
      refreshIfStale(tally, stored);
      return tally.used();
    }
  }

  /** Takes every count not yet written, to be written and then {@link #written} or returned. */
  public List<Pending> takePending() {
    List<Pending> taken = new ArrayList<>();
    tallies.forEach(
        (key, tally) -> {
          synchronized (tally) {
            if (tally.pending > 0) {
              taken.add(new Pending(key, tally.pending));
              tally.inFlight += tally.pending;
              tally.pending = 0;
            }
          }
        });
    return taken;
  }

  /** The store added {@code pending} and now holds {@code storedTotal}. */
  public void written(Pending pending, long storedTotal) {
    Tally tally = tallies.get(pending.key());
    synchronized (tally) {
      tally.inFlight -= pending.requests();
      tally.stored = storedTotal;
      tally.readAt = clock.instant();
    }
  }

  /** The write failed: the requests are counted again with the next batch. */
  public void notWritten(Pending pending) {
    Tally tally = tallies.get(pending.key());
    synchronized (tally) {
      tally.inFlight -= pending.requests();
      tally.pending += pending.requests();
    }
  }

  /** Drops the counts of periods before {@code current} that have nothing left to write. */
  public void forgetBefore(QuotaPeriod current) {
    tallies
        .entrySet()
        .removeIf(
            entry -> {
              if (!entry.getKey().period().month().isBefore(current.month())) {
                return false;
              }
              synchronized (entry.getValue()) {
                return entry.getValue().pending == 0 && entry.getValue().inFlight == 0;
              }
            });
  }

  private void refreshIfStale(Tally tally, LongSupplier stored) {
    Instant now = clock.instant();
    boolean quiet = tally.pending == 0 && tally.inFlight == 0;
    if (tally.readAt == null || (quiet && tally.readAt.plus(staleAfter).isBefore(now))) {
      // A failed read keeps what this server knew until the next write or stale read.
      try {
        tally.stored = stored.getAsLong();
      } catch (RuntimeException unreadable) {
        // the supplier reports its own failure
      }
      tally.readAt = now;
    }
  }

  private static final class Tally {
    private long stored;
    private long inFlight;
    private long pending;
    private Instant readAt;

    private long used() {
      return stored + inFlight + pending;
    }
  }
}
