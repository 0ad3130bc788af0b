package dev.portico.apikey;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LastUsedTrackerTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private final LastUsedTracker tracker = new LastUsedTracker();

  @Test
  void whenKeyIsUsedManyTimesThenOneWriteCarriesTheNewestTime() {
    for (int second = 0; second < 50; second++) {
      tracker.used("key_a", T0.plusSeconds(second));
    }

    assertThat(tracker.drain(T0.plusSeconds(50)), is(Map.of("key_a", T0.plusSeconds(49))));
    assertThat(tracker.drain(T0.plusSeconds(51)), is(anEmptyMap()));
  }

  @Test
  void whenKeyIsUsedWithinAMinuteOfItsWriteThenTheNextWriteWaitsForTheMinute() {
    tracker.used("key_a", T0);
    assertThat(tracker.drain(T0.plusSeconds(10)), is(Map.of("key_a", T0)));

    tracker.used("key_a", T0.plusSeconds(20));
    tracker.used("key_a", T0.plusSeconds(30));
    assertThat(tracker.drain(T0.plusSeconds(20)), is(anEmptyMap()));
    assertThat(tracker.drain(T0.plusSeconds(69)), is(anEmptyMap()));

    assertThat(tracker.drain(T0.plusSeconds(70)), is(Map.of("key_a", T0.plusSeconds(30))));
    assertThat(tracker.drain(T0.plusSeconds(200)), is(anEmptyMap()));
  }

  @Test
  void whenDrainedEveryTenSecondsForTenMinutesUnderSteadyUseThenAtMostOneWritePerMinute() {
    int writes = 0;
    for (int second = 0; second < 600; second++) {
      tracker.used("key_a", T0.plusSeconds(second));
      if (second % 10 == 9) {
        writes += tracker.drain(T0.plusSeconds(second)).size();
      }
    }

    assertThat(writes, is(10));
  }

  @Test
  void whenKeysAreUsedThenEachHasItsOwnMinute() {
    tracker.used("key_a", T0);
    assertThat(tracker.drain(T0), is(Map.of("key_a", T0)));

    tracker.used("key_a", T0.plusSeconds(1));
    tracker.used("key_b", T0.plusSeconds(1));

    assertThat(tracker.drain(T0.plusSeconds(2)), is(Map.of("key_b", T0.plusSeconds(1))));
  }

  @Test
  void whenServerStopsThenEveryUnwrittenUseIsHandedOutRegardlessOfTheMinute() {
    tracker.used("key_a", T0);
    tracker.drain(T0);
    tracker.used("key_a", T0.plusSeconds(5));
    tracker.used("key_b", T0.plusSeconds(6));

    assertThat(
        tracker.drainAll(), is(Map.of("key_a", T0.plusSeconds(5), "key_b", T0.plusSeconds(6))));
    assertThat(tracker.drainAll(), is(anEmptyMap()));
  }

  @Test
  void whenUsesArriveOutOfOrderThenTheTimeNeverMovesBack() {
    tracker.used("key_a", T0.plusSeconds(9));
    tracker.used("key_a", T0.plusSeconds(3));

    assertThat(tracker.latest("key_a"), is(Optional.of(T0.plusSeconds(9))));
    assertThat(tracker.drain(T0.plusSeconds(10)), is(Map.of("key_a", T0.plusSeconds(9))));
  }

  @Test
  void whenManyThreadsUseOneKeyThenItIsWrittenOnceWithTheNewestTime() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 10_000; i++) {
      Instant at = T0.plusMillis(i);
      pool.execute(() -> tracker.used("key_a", at));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS), is(true));

    assertThat(tracker.drain(T0.plusSeconds(20)), is(Map.of("key_a", T0.plusMillis(9_999))));
    assertThat(tracker.drainAll(), is(anEmptyMap()));
  }
}
