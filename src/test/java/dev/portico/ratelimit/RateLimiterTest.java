package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.ratelimit.RateLimitWindow;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.domain.WindowState;
import dev.portico.ratelimit.infra.EpochTimeMeter;
import dev.portico.ratelimit.infra.LocalBucketStore;
import dev.portico.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** 10:15:30.250 UTC: mid-minute, mid-hour, mid-day, so every fixed window is partly gone. */
  private static final Instant START = Instant.parse("2026-11-25T10:15:30.250Z");

  private final ManualClock clock = new ManualClock(START);
  private final RateLimiter limiter =
      new RateLimiter(new LocalBucketStore(new EpochTimeMeter(clock), 1_000), clock);

  @Test
  void whenABasicKeyBurstsThenExactlyTenPassAndThenOnePerSecond() {
    RateLimitSubject key = key("basic", RateLimitTier.BASIC, null);

    assertThat(admittedOf(key, 25), is(10));
    RateLimitDecision refused = limiter.consume(key);
    assertThat(refused.admitted(), is(false));
    assertThat(refused.retryAfterSeconds(), is(1L));

    clock.advance(Duration.ofSeconds(1));
    assertThat(admittedOf(key, 5), is(1));
    clock.advance(Duration.ofSeconds(3));
    assertThat(admittedOf(key, 5), is(3));
  }

  @Test
  void whenRequestsAreCountedThenEveryWindowStatesWhatIsLeftAndWhenItResets() {
    RateLimitSubject key = key("state", RateLimitTier.STANDARD, null);
    admittedOf(key, 2);

    RateLimitDecision third = limiter.consume(key);

    assertThat(
        third.windows(),
        contains(
            new WindowState(RateLimitWindow.BURST, 20, 17, START.plusMillis(1_500)),
            new WindowState(
                RateLimitWindow.MINUTE, 120, 117, Instant.parse("2026-11-25T10:16:00Z")),
            new WindowState(
                RateLimitWindow.HOUR, 5_000, 4_997, Instant.parse("2026-11-25T11:00:00Z")),
            new WindowState(
                RateLimitWindow.DAY, 50_000, 49_997, Instant.parse("2026-11-26T00:00:00Z"))));
    assertThat(third.binding().window(), is(RateLimitWindow.BURST));
    assertThat(third.binding().secondsUntilReset(START), is(2L));
  }

  @Test
  void whenTheMinuteIsUsedUpThenRequestsWaitForTheNextMinuteAndThenPassAgain() {
    RateLimitSubject key =
        key("minute", RateLimitTier.BASIC, new RateLimitOverride(5, null, null, 50));

    assertThat(admittedOf(key, 8), is(5));
    RateLimitDecision refused = limiter.consume(key);
    assertThat(refused.binding().window(), is(RateLimitWindow.MINUTE));
    assertThat(refused.retryAfterSeconds(), is(30L));
    assertThat(refused.binding().resetEpochSecond(), is(START.getEpochSecond() + 30));

    clock.set(Instant.parse("2026-11-25T10:15:59.999Z"));
    assertThat(limiter.consume(key).admitted(), is(false));
    clock.set(Instant.parse("2026-11-25T10:16:00Z"));
    assertThat(admittedOf(key, 8), is(5));
  }

  @Test
  void whenTheHourAndTheDayAreUsedUpThenEachRollsOverAtItsUtcBoundary() {
    RateLimitSubject key =
        key("long", RateLimitTier.BASIC, new RateLimitOverride(1_000, 3, 4, 1_000));

    assertThat(admittedOf(key, 10), is(3));
    assertThat(limiter.consume(key).binding().window(), is(RateLimitWindow.HOUR));
    clock.set(Instant.parse("2026-11-25T11:00:00Z"));
    assertThat(admittedOf(key, 10), is(1));
    RateLimitDecision refused = limiter.consume(key);
    assertThat(refused.binding().window(), is(RateLimitWindow.DAY));
    assertThat(refused.retryAfterSeconds(), is(Duration.ofHours(13).toSeconds()));

    clock.set(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(admittedOf(key, 10), is(3));
  }

  @Test
  void whenTwoKeysAreUsedThenEachHasItsOwnBudget() {
    RateLimitSubject first = key("first", RateLimitTier.BASIC, null);
    RateLimitSubject second = key("second", RateLimitTier.BASIC, null);

    assertThat(admittedOf(first, 15), is(10));
    assertThat(admittedOf(second, 15), is(10));
  }

  @Test
  void whenAKeyHasAnOverrideThenItBeatsTheTierWindowByWindow() {
    RateLimitSubject key =
        key("override", RateLimitTier.ENTERPRISE, new RateLimitOverride(null, null, null, 3));

    assertThat(admittedOf(key, 10), is(3));
    RateLimitDecision refused = limiter.consume(key);
    assertThat(refused.windows().get(1).limit(), is(600L));
    assertThat(refused.retryAfterSeconds(), is(1L));
  }

  @Test
  void whenTheLimitsRiseThenTheBucketTakesThemAndKeepsWhatWasUsed() {
    admittedOf(key("change", RateLimitTier.BASIC, null), 4);

    RateLimitSubject upgraded = new RateLimitSubject("key:change", RateLimitTier.PREMIUM, null, 2);
    RateLimitDecision next = limiter.consume(upgraded);

    assertThat(next.windows().get(0).limit(), is(50L));
    assertThat(next.windows().get(0).remaining(), is(45L));
    assertThat(next.windows().get(1).remaining(), is(295L));
  }

  @Test
  void whenTheLimitsFallThenNoWindowHasMoreLeftThanItsNewQuota() {
    admittedOf(key("fall", RateLimitTier.PREMIUM, null), 4);

    RateLimitSubject downgraded = new RateLimitSubject("key:fall", RateLimitTier.BASIC, null, 2);
    RateLimitDecision next = limiter.consume(downgraded);

    assertThat(next.windows().get(0).remaining(), is(9L));
    assertThat(next.windows().get(1).remaining(), is(59L));
  }

  @Test
  void whenPeekingThenNothingIsCounted() {
    RateLimitSubject key = key("peek", RateLimitTier.BASIC, null);
    admittedOf(key, 2);

    assertThat(limiter.peek(key).binding().remaining(), is(8L));
    assertThat(limiter.peek(key).binding().remaining(), is(8L));
  }

  private int admittedOf(RateLimitSubject key, int requests) {
    int admitted = 0;
    for (int i = 0; i < requests; i++) {
      if (limiter.consume(key).admitted()) {
        admitted++;
      }
    }
    return admitted;
  }

  private static RateLimitSubject key(String id, RateLimitTier tier, RateLimitOverride override) {
    return RateLimitSubject.apiKey(id, tier, override, 1);
  }
}
