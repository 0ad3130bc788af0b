package dev.portico.ratelimit.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.portico.testing.ManualClock;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProxyBucketStoreTest {

  private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");
  private static final Supplier<BucketConfiguration> TWENTY_FIVE_AN_HOUR = perHour(25);

  private final InMemoryBuckets backend =
      new InMemoryBuckets(TimeMeter.SYSTEM_MILLISECONDS, Duration.ofMillis(20));
  private final ProxyBucketStore store =
      new ProxyBucketStore(() -> backend, SharedCountSync.EXACT, TimeMeter.SYSTEM_MILLISECONDS);
  private final ExecutorService clients = Executors.newFixedThreadPool(40);

  @AfterEach
  void stopClients() {
    clients.shutdownNow();
  }

  @Test
  void whenFortyFirstRequestsOfAKeyArriveAtOnceThenEachIsCountedAndTheBudgetIsExact()
      throws Exception {
    assertThat(consumedAtOnce("new-key", 40), is(25));
    assertThat(store.available("new-key", 1, TWENTY_FIVE_AN_HOUR).getValue(), is(0L));
  }

  @Test
  void whenABucketIsDeletedWhileItsKeyIsBusyThenTheNextRequestsMakeItAgain() throws Exception {
    assertThat(consumedAtOnce("purged-key", 5), is(5));
    backend.clear();

    assertThat(consumedAtOnce("purged-key", 20), is(20));
    assertThat(backend.has("purged-key"), is(true));
    // Each request counted once: a batch that found no bucket had counted nothing.
    assertThat(store.available("purged-key", 1, TWENTY_FIVE_AN_HOUR).getValue(), is(5L));
  }

  @Test
  void whenEveryRequestIsSynchronizedThenEachIsARoundTripAndTwoServersShareTheBudgetExactly() {
    ManualClock clock = new ManualClock(START);
    InMemoryBuckets shared = new InMemoryBuckets(new EpochTimeMeter(clock), Duration.ZERO);
    ProxyBucketStore first = storeOn(shared, SharedCountSync.EXACT, clock);
    ProxyBucketStore second = storeOn(shared, SharedCountSync.EXACT, clock);

    int admitted = admittedAlternately(first, second, "exact-key", 2);
    int madeBucket = shared.transactions();

    admitted += admittedAlternately(first, second, "exact-key", 98);
    assertThat(admitted, is(25));
    assertThat(shared.transactions() - madeBucket, is(98));
  }

  @Test
  void whenServersMayEachAdmitFiveUnsynchronizedThenTogetherTheyAdmitAtMostTenOverTheBudget() {
    ManualClock clock = new ManualClock(START);
    InMemoryBuckets shared = new InMemoryBuckets(new EpochTimeMeter(clock), Duration.ZERO);
    SharedCountSync fiveEach = new SharedCountSync(5, Duration.ofSeconds(1));
    ProxyBucketStore first = storeOn(shared, fiveEach, clock);
    ProxyBucketStore second = storeOn(shared, fiveEach, clock);

    int admitted = admittedAlternately(first, second, "tolerant-key", 2);
    int madeBucket = shared.transactions();

    admitted += admittedAlternately(first, second, "tolerant-key", 98);
    assertThat(admitted, allOf(greaterThanOrEqualTo(25), lessThanOrEqualTo(25 + 2 * 5)));
    // A server writes its requests once every six at most: 98 requests, 18 round trips or fewer.
    assertThat(shared.transactions() - madeBucket, lessThanOrEqualTo(18));
  }

  @Test
  void whenTheUnsynchronizedTimeIsOverThenEveryAdmittedRequestIsInTheSharedCount() {
    ManualClock clock = new ManualClock(START);
    InMemoryBuckets shared = new InMemoryBuckets(new EpochTimeMeter(clock), Duration.ZERO);
    SharedCountSync hundredEach = new SharedCountSync(100, Duration.ofSeconds(1));
    ProxyBucketStore first = storeOn(shared, hundredEach, clock);
    ProxyBucketStore second = storeOn(shared, hundredEach, clock);
    Supplier<BucketConfiguration> thousand = perHour(1_000);

    for (int i = 0; i < 30; i++) {
      assertThat(first.tryConsume("busy-key", 1, thousand).getValue().isConsumed(), is(true));
      assertThat(second.tryConsume("busy-key", 1, thousand).getValue().isConsumed(), is(true));
    }
    // Within the second each server sees its own requests and not the other's.
    assertThat(first.available("busy-key", 1, thousand).getValue(), greaterThanOrEqualTo(940L));

    clock.advance(Duration.ofMillis(1_001));
    first.available("busy-key", 1, thousand);
    assertThat(second.available("busy-key", 1, thousand).getValue(), is(1_000L - 60));
  }

  private static ProxyBucketStore storeOn(
      InMemoryBuckets shared, SharedCountSync sync, ManualClock clock) {
    return new ProxyBucketStore(() -> shared, sync, new EpochTimeMeter(clock));
  }

  /** How many of {@code requests}, sent to two servers in turn, one at a time, were admitted. */
  private static int admittedAlternately(
      ProxyBucketStore first, ProxyBucketStore second, String key, int requests) {
    int admitted = 0;
    for (int i = 0; i < requests; i++) {
      ProxyBucketStore server = i % 2 == 0 ? first : second;
      admitted += server.tryConsume(key, 1, TWENTY_FIVE_AN_HOUR).getValue().isConsumed() ? 1 : 0;
    }
    return admitted;
  }

  private static Supplier<BucketConfiguration> perHour(long requests) {
    return () ->
        BucketConfiguration.builder()
            .addLimit(
                limit -> limit.capacity(requests).refillIntervally(requests, Duration.ofHours(1)))
            .build();
  }

  /** How many of {@code requests} sent at once were admitted; any exception fails the test. */
  private int consumedAtOnce(String key, int requests) throws Exception {
    List<Callable<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      // Spread over a few round trips, as requests of one client arrive.
      long delay = i % 10;
      calls.add(
          () -> {
            Thread.sleep(delay);
            return store.tryConsume(key, 1, TWENTY_FIVE_AN_HOUR).getValue().isConsumed();
          });
    }
    int consumed = 0;
    for (Future<Boolean> call : clients.invokeAll(calls, 30, TimeUnit.SECONDS)) {
      consumed += call.get() ? 1 : 0;
    }
    return consumed;
  }
}
