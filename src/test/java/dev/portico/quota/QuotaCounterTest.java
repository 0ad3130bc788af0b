package dev.portico.quota;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.quota.QuotaCounter.Count;
import dev.portico.quota.QuotaCounter.Pending;
import dev.portico.quota.QuotaCounter.UsageKey;
import dev.portico.quota.domain.Overage;
import dev.portico.quota.domain.Plan;
import dev.portico.quota.domain.QuotaPeriod;
import dev.portico.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class QuotaCounterTest {

  private static final Plan BLOCKS_AT_5 =
      new Plan("small", 5, Overage.BLOCK, RateLimitTier.STANDARD);
  private static final Plan ALLOWS = new Plan("open", 5, Overage.ALLOW, RateLimitTier.STANDARD);

  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
  private final QuotaCounter counter = new QuotaCounter(clock, Duration.ofSeconds(5));
  private final UsageKey key = new UsageKey("org_1", QuotaPeriod.of(clock.instant()));

  @Test
  void aBlockingPlanAdmitsExactlyItsQuotaAndCountsNoRefusal() {
    for (int i = 1; i <= 5; i++) {
      assertThat(counter.count(key, BLOCKS_AT_5, () -> 0), is(new Count(true, i)));
    }
    assertThat(counter.count(key, BLOCKS_AT_5, () -> 0), is(new Count(false, 5)));
    assertThat(counter.used(key, () -> 0), is(5L));
  }

  @Test
  void aPlanThatAllowsKeepsCountingBeyondItsQuota() {
    for (int i = 1; i <= 7; i++) {
      assertThat(counter.count(key, ALLOWS, () -> 0), is(new Count(true, i)));
    }
  }

  @Test
  void theStoredCountIsReadOnceAndAddedTo() {
    AtomicLong reads = new AtomicLong();
    LongSupplier stored =
        () -> {
          reads.incrementAndGet();
          return 3;
        };
    assertThat(counter.count(key, BLOCKS_AT_5, stored), is(new Count(true, 4)));
    assertThat(counter.count(key, BLOCKS_AT_5, stored), is(new Count(true, 5)));
    assertThat(counter.count(key, BLOCKS_AT_5, stored), is(new Count(false, 5)));
    assertThat(reads.get(), is(1L));
  }

  @Test
  void aWrittenBatchTakesTheStoresTotalWhichIncludesOtherServers() {
    counter.count(key, ALLOWS, () -> 0);
    counter.count(key, ALLOWS, () -> 0);
    List<Pending> taken = counter.takePending();
    assertThat(taken, contains(new Pending(key, 2)));
    // Counted while the batch is being written: neither lost nor counted twice.
    counter.count(key, ALLOWS, () -> 0);
    assertThat(counter.used(key, () -> 0), is(3L));

    counter.written(taken.get(0), 12); // 2 of this server's, 10 of another's
    assertThat(counter.used(key, () -> 0), is(13L));
    assertThat(counter.takePending(), contains(new Pending(key, 1)));
    assertThat(counter.takePending(), is(empty()));
  }

  @Test
  void aFailedWriteKeepsItsRequestsForTheNextOne() {
    counter.count(key, ALLOWS, () -> 0);
    Pending taken = counter.takePending().get(0);
    counter.count(key, ALLOWS, () -> 0);

    counter.notWritten(taken);

    assertThat(counter.used(key, () -> 0), is(2L));
    assertThat(counter.takePending(), contains(new Pending(key, 2)));
  }

  @Test
  void aQuietCountIsReadAgainOnceStaleSoOtherServersRequestsAreSeen() {
    counter.count(key, BLOCKS_AT_5, () -> 0);
    counter.written(counter.takePending().get(0), 1);

    clock.advance(Duration.ofSeconds(5));
    assertThat("fresh for 5 s", counter.used(key, () -> 4), is(1L));
    clock.advance(Duration.ofMillis(1));
    assertThat(counter.used(key, () -> 4), is(4L));
    assertThat(counter.count(key, BLOCKS_AT_5, () -> 4), is(new Count(true, 5)));
    assertThat(counter.count(key, BLOCKS_AT_5, () -> 4), is(new Count(false, 5)));
  }

  @Test
  void anUnreadableStoreCountsFromMemoryAndIsTriedAgainWhenStale() {
    LongSupplier down =
        () -> {
          throw new IllegalStateException("down");
        };
    assertThat(counter.count(key, BLOCKS_AT_5, down), is(new Count(true, 1)));
    counter.written(counter.takePending().get(0), 1);
    clock.advance(Duration.ofSeconds(6));
    assertThat(counter.used(key, () -> 5), is(5L));
  }

  @Test
  void concurrentRequestsOfOneOrganizationAreAdmittedExactlyUpToTheQuota() throws Exception {
    Plan quota = new Plan("busy", 1_000, Overage.BLOCK, RateLimitTier.STANDARD);
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Boolean>> requests = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        requests.add(() -> counter.count(key, quota, () -> 0).admitted());
      }
      long admitted = 0;
      for (Future<Boolean> answer : threads.invokeAll(requests)) {
        admitted += answer.get() ? 1 : 0;
      }
      assertThat(admitted, is(1_000L));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void pastPeriodsAreForgottenOnceWritten() {
    UsageKey october = new UsageKey("org_1", QuotaPeriod.parse("2026-10"));
    counter.count(october, ALLOWS, () -> 0);
    counter.forgetBefore(key.period());
    assertThat("still to be written", counter.takePending(), contains(new Pending(october, 1)));
    counter.written(new Pending(october, 1), 1);
    counter.forgetBefore(key.period());
    assertThat(counter.used(october, () -> 42), is(42L));
  }
}
