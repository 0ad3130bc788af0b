package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.ratelimit.RateLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitCeilingTest {

  private static final RateLimitCeiling STANDARD =
      RateLimitCeiling.of("basic", RateLimitTier.STANDARD);

  @Test
  void whenATierIsAtOrBelowTheCeilingThenItIsAllowedAndAboveItIsNot() {
    assertThat(STANDARD.allows(RateLimitTier.BASIC), is(true));
    assertThat(STANDARD.allows(RateLimitTier.STANDARD), is(true));
    assertThat(STANDARD.allows(RateLimitTier.PREMIUM), is(false));
    assertThat(RateLimitCeiling.NONE.allows(RateLimitTier.ENTERPRISE), is(true));
  }

  @Test
  void whenAnOverrideWindowExceedsTheCeilingTiersThenItIsNamed() {
    RateLimitOverride override = new RateLimitOverride(121, 5_000, null, 1_000);

    assertThat(STANDARD.windowsAbove(override), is(List.of("per_minute", "burst")));
    assertThat(STANDARD.windowsAbove(new RateLimitOverride(120, null, 50_000, 20)), is(empty()));
    assertThat(RateLimitCeiling.NONE.windowsAbove(override), is(empty()));
  }

  @Test
  void whenAKeyIsAboveTheCeilingThenItsBudgetIsHeldToTheCeilingTiersLimits() {
    RateLimitSubject enterprise =
        RateLimitSubject.apiKey(
            "key_1", RateLimitTier.ENTERPRISE, new RateLimitOverride(1_000_000, null, 5, null), 3);

    RateLimitSubject bound = STANDARD.bound(enterprise);

    assertThat(bound.tier(), is(RateLimitTier.STANDARD));
    assertThat(bound.limits(), is(new RateLimits(120, 5_000, 5, 20)));
    assertThat(bound.key(), is(enterprise.key()));
  }

  @Test
  void whenAKeyIsWithinTheCeilingThenItsLimitsAreUnchanged() {
    RateLimitSubject basic =
        RateLimitSubject.apiKey(
            "key_1", RateLimitTier.BASIC, new RateLimitOverride(90, null, null, null), 1);

    assertThat(STANDARD.bound(basic).limits(), is(basic.limits()));
    assertThat(RateLimitCeiling.NONE.bound(basic).limits(), is(basic.limits()));
  }

  @Test
  void whenTheCeilingChangesThenTheBudgetVersionChangesSoAStoredBucketTakesTheNewLimits() {
    RateLimitSubject key = RateLimitSubject.apiKey("key_1", RateLimitTier.PREMIUM, null, 7);

    long underStandard = STANDARD.bound(key).version();
    long underPremium = RateLimitCeiling.of("premium", RateLimitTier.PREMIUM).bound(key).version();
    long unbounded = RateLimitCeiling.NONE.bound(key).version();

    assertThat(underStandard, not(underPremium));
    assertThat(underPremium, not(unbounded));
    assertThat(underStandard, not(unbounded));
    assertThat(
        "the key's own changes still change it",
        STANDARD.bound(RateLimitSubject.apiKey("key_1", RateLimitTier.PREMIUM, null, 8)).version(),
        not(underStandard));
  }

  @Test
  void whenACallHasNoCredentialThenNoCeilingApplies() {
    RateLimitSubject anonymous = RateLimitSubject.anonymous("::1", RateLimitTier.ENTERPRISE);

    assertThat(STANDARD.bound(anonymous), is(anonymous));
  }
}
