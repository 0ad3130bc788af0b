package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.portico.account.domain.LoginThrottle;
import dev.portico.account.domain.LoginThrottle.LockoutPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final LockoutPolicy POLICY =
      new LockoutPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));
  private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

  @Test
  void whenFewerFailuresThanAllowedThenTheAddressIsNotLocked() {
    LoginThrottle throttle = LoginThrottle.forEmail("a@b.test", START);
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(START, POLICY);
    }
    assertThat(throttle.lockedAt(START), is(Optional.empty()));
  }

  @Test
  void whenTheFifthFailureComesThenTheAddressIsLockedForTheFirstLock() {
    LoginThrottle throttle = LoginThrottle.forEmail("a@b.test", START);
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure(START, POLICY);
    }
    assertThat(throttle.lockedAt(START), equalTo(Optional.of(START.plusSeconds(30))));
    assertThat(throttle.lockedAt(START.plusSeconds(30)), is(Optional.empty()));
  }

  @Test
  void whenFailuresGoOnAfterALockThenEachLockIsTwiceAsLongUpToTheCeiling() {
    assertThat(POLICY.lockFor(4), is(Optional.empty()));
    assertThat(POLICY.lockFor(5), equalTo(Optional.of(Duration.ofSeconds(30))));
    assertThat(POLICY.lockFor(6), equalTo(Optional.of(Duration.ofSeconds(60))));
    assertThat(POLICY.lockFor(7), equalTo(Optional.of(Duration.ofSeconds(120))));
    assertThat(POLICY.lockFor(10), equalTo(Optional.of(Duration.ofMinutes(15))));
    assertThat(POLICY.lockFor(1_000), equalTo(Optional.of(Duration.ofMinutes(15))));
  }

  @Test
  void whenASignInSucceedsThenTheCountStartsAgain() {
    LoginThrottle throttle = LoginThrottle.forEmail("a@b.test", START);
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure(START, POLICY);
    }
    throttle.clear(START.plusSeconds(31));
    throttle.recordFailure(START.plusSeconds(32), POLICY);
    assertThat(throttle.failures(), is(1));
    assertThat(throttle.lockedAt(START.plusSeconds(32)), is(Optional.empty()));
  }
}
