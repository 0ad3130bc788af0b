package dev.portico.quota;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import dev.portico.quota.QuotaCounter.Pending;
import dev.portico.quota.QuotaCounter.UsageKey;
import dev.portico.quota.domain.QuotaPeriod;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RefusalTallyTest {

  private static final QuotaPeriod NOVEMBER = QuotaPeriod.of(Instant.parse("2026-11-30T23:00:00Z"));
  private static final QuotaPeriod DECEMBER = QuotaPeriod.of(Instant.parse("2026-12-02T10:00:00Z"));
  private static final UsageKey ACME = new UsageKey("org_acme", DECEMBER);

  private final RefusalTally tally = new RefusalTally();

  @Test
  void whenRefusalsAreTakenThenEachIsWrittenOnceAndThePendingCountStartsAgain() {
    tally.count(ACME);
    tally.count(ACME);
    assertThat(tally.pending(ACME), is(2L));

    assertThat(tally.takePending(), is(List.of(new Pending(ACME, 2))));
    assertThat(tally.pending(ACME), is(0L));
    assertThat(tally.takePending(), is(empty()));
  }

  @Test
  void whenAWriteFailsThenItsRefusalsGoOutWithTheNextOne() {
    tally.count(ACME);
    List<Pending> taken = tally.takePending();
    tally.count(ACME);

    taken.forEach(tally::notWritten);
    assertThat(tally.takePending(), is(List.of(new Pending(ACME, 2))));
  }

  @Test
  void whenThousandsAreCountedAtOnceThenNoneIsLost() throws InterruptedException {
    ExecutorService requests = Executors.newFixedThreadPool(8);
    long taken = 0;
    for (int i = 0; i < 10_000; i++) {
      requests.execute(() -> tally.count(ACME));
      if (i % 1_000 == 0) {
        taken += tally.takePending().stream().mapToLong(Pending::requests).sum();
      }
    }
    requests.shutdown();
    assertThat(requests.awaitTermination(10, TimeUnit.SECONDS), is(true));
    taken += tally.takePending().stream().mapToLong(Pending::requests).sum();

    assertThat(taken, is(10_000L));
  }

  @Test
  void whenAMonthIsOverThenItsRefusalsNotYetWrittenAreKeptForTheWrite() {
    UsageKey november = new UsageKey("org_acme", NOVEMBER);
    tally.count(november);

    tally.forgetBefore(DECEMBER);
    assertThat(tally.takePending(), is(List.of(new Pending(november, 1))));
  }
}
