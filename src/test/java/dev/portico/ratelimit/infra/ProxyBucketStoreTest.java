package dev.portico.ratelimit.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
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

  private static final Supplier<BucketConfiguration> TWENTY_FIVE_AN_HOUR =
      () ->
          BucketConfiguration.builder()
              .addLimit(limit -> limit.capacity(25).refillIntervally(25, Duration.ofHours(1)))
              .build();

  private final InMemoryBuckets backend =
      new InMemoryBuckets(TimeMeter.SYSTEM_MILLISECONDS, Duration.ofMillis(20));
  private final ProxyBucketStore store = new ProxyBucketStore(() -> backend);
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
