package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.ratelimit.infra.BackendUnavailableException;
import dev.portico.ratelimit.infra.BucketStore;
import dev.portico.ratelimit.infra.EpochTimeMeter;
import dev.portico.ratelimit.infra.FallbackBucketStore;
import dev.portico.ratelimit.infra.LocalBucketStore;
import dev.portico.testing.ManualClock;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FallbackBucketStoreTest {

  private static final Duration RETRY = Duration.ofSeconds(5);
  private static final RateLimitSubject KEY =
      RateLimitSubject.apiKey("fallback", RateLimitTier.BASIC, null, 1);

  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:15:30Z"));
  private final SwitchableStore shared = new SwitchableStore(newLocal());
  private final HeardRequests heard = new HeardRequests();

  @Test
  void whenTheSharedBackendFailsThenRequestsAreCountedHereAndItIsTriedAgainLater() {
    FallbackBucketStore store =
        new FallbackBucketStore(
            shared, newLocal(), FallbackBucketStore.OnFailure.LOCAL, clock, RETRY, heard);
    RateLimiter limiter = new RateLimiter(store, clock);
    assertThat(limiter.consume(KEY).binding().remaining(), is(9L));

    shared.failing = true;
    assertThat(limiter.consume(KEY).binding().remaining(), is(9L));
    assertThat(store.state().isFailing(), is(true));
    assertThat(limiter.consume(KEY).binding().remaining(), is(8L));
    assertThat(shared.calls, is(2));
    // Reading a bucket is no request: the listener hears of the two consumed only.
    limiter.peek(KEY);
    assertThat(heard.countedLocally, is(2));

    shared.failing = false;
    clock.advance(RETRY);
    // Back on the shared bucket, refilled meanwhile (one a second), not on this server's 8.
    assertThat(limiter.consume(KEY).binding().remaining(), is(9L));
    assertThat(store.state().isFailing(), is(false));
    assertThat(shared.calls, is(3));
    assertThat(heard.countedLocally, is(2));
    assertThat(heard.refused, is(0));
  }

  @Test
  void whenTheBackendFailsAndTheConfigurationRefusesThenNoRequestIsCounted() {
    FallbackBucketStore store =
        new FallbackBucketStore(
            shared, newLocal(), FallbackBucketStore.OnFailure.REFUSE, clock, RETRY, heard);
    RateLimiter limiter = new RateLimiter(store, clock);
    shared.failing = true;

    assertThrows(BackendUnavailableException.class, () -> limiter.consume(KEY));
    assertThrows(BackendUnavailableException.class, () -> limiter.consume(KEY));
    assertThat(shared.calls, is(1));
    assertThat(store.state().isFailing(), is(true));
    assertThat(heard.refused, is(2));
    assertThat(heard.countedLocally, is(0));
  }

  @Test
  void whenTheRetryIsShorterThanASecondThenTheRefusalSaysRetryAfterOneSecond() {
    FallbackBucketStore store =
        new FallbackBucketStore(
            shared,
            newLocal(),
            FallbackBucketStore.OnFailure.REFUSE,
            clock,
            Duration.ofMillis(200),
            heard);
    shared.failing = true;

    BackendUnavailableException refused =
        assertThrows(
            BackendUnavailableException.class, () -> new RateLimiter(store, clock).consume(KEY));
    assertThat(refused.retryAfterSeconds(), is(1L));
  }

  @Test
  void whenTheRetryIsNotWholeSecondsThenRetryAfterRoundsUp() {
    assertThat(
        new BackendUnavailableException(Duration.ofMillis(1_500), null).retryAfterSeconds(),
        is(2L));
    assertThat(
        new BackendUnavailableException(Duration.ofSeconds(5), null).retryAfterSeconds(), is(5L));
  }

  private LocalBucketStore newLocal() {
    return new LocalBucketStore(new EpochTimeMeter(clock), 100);
  }

  /** What the store told its listener. */
  private static final class HeardRequests implements FallbackBucketStore.Listener {
    int countedLocally;
    int refused;

    @Override
    public void countedLocally() {
      countedLocally++;
    }

    @Override
    public void refusedUnavailable() {
      refused++;
    }
  }

  /** A backend that can be made to fail, counting the calls that reach it. */
  private static final class SwitchableStore implements BucketStore {
    private final BucketStore working;
    boolean failing;
    int calls;

    SwitchableStore(BucketStore working) {
      this.working = working;
    }

    @Override
    public VerboseResult<ConsumptionProbe> tryConsume(
        String key, long version, Supplier<BucketConfiguration> configuration) {
      calls++;
      if (failing) {
        throw new IllegalStateException("backend down");
      }
      return working.tryConsume(key, version, configuration);
    }

    @Override
    public VerboseResult<Long> available(
        String key, long version, Supplier<BucketConfiguration> configuration) {
      calls++;
      if (failing) {
        throw new IllegalStateException("backend down");
      }
      return working.available(key, version, configuration);
    }
  }
}
