package dev.portico.quota;

import dev.portico.quota.QuotaCounter.Pending;
import dev.portico.quota.QuotaCounter.UsageKey;
import dev.portico.quota.domain.QuotaPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * This server's count of each organization's refused requests (429) in a period, not yet written:
 * counted in memory, so a refusal costs no database write, and taken in batches for writing.
 */
public final class RefusalTally {

  private final ConcurrentHashMap<UsageKey, LongAdder> pending = new ConcurrentHashMap<>();

  public void count(UsageKey key) {
    pending.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  /** Refusals counted here and not yet taken for writing. */
  public long pending(UsageKey key) {
    LongAdder refused = pending.get(key);
    return refused == null ? 0 : refused.sum();
  }

  /** Takes every refusal counted here, to be written or {@link #notWritten returned}. */
  public List<Pending> takePending() {
    List<Pending> taken = new ArrayList<>();
    pending.forEach(
        (key, refused) -> {
          long count = refused.sumThenReset();
          if (count > 0) {
            taken.add(new Pending(key, count));
          }
        });
    return taken;
  }

  /** Drops the tallies of periods before {@code current} that have nothing left to write. */
  public void forgetBefore(QuotaPeriod current) {
    pending
        .entrySet()
        .removeIf(
            entry ->
                entry.getKey().period().month().isBefore(current.month())
                    && entry.getValue().sum() == 0);
  }

  /** The write failed: the refusals go out with the next batch. */
  public void notWritten(Pending refusals) {
    pending.computeIfAbsent(refusals.key(), k -> new LongAdder()).add(refusals.requests());
  }
}
