package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import org.junit.jupiter.api.Test;

class RateLimitSubjectTest {

  @Test
  void whenACallHasNoCredentialThenItsBudgetIsItsAddressUnderTheAnonymousTier() {
    RateLimitSubject address = RateLimitSubject.anonymous("203.0.113.7", RateLimitTier.BASIC);

    assertThat(address.key(), is("ip:203.0.113.7"));
    assertThat(address.anonymous(), is(true));
    assertThat(address.limits(), is(RateLimitTier.BASIC.limits()));
    assertThat(
        RateLimitSubject.apiKey("key_1", RateLimitTier.BASIC, null, 0).anonymous(), is(false));
  }

  @Test
  void whenTheAnonymousTierChangesThenTheBudgetVersionChangesSoAStoredBucketTakesItsLimits() {
    assertThat(
        RateLimitSubject.anonymous("::1", RateLimitTier.ENTERPRISE).version(),
        not(RateLimitSubject.anonymous("::1", RateLimitTier.BASIC).version()));
  }
}
