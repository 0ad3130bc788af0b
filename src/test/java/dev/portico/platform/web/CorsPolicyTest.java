package dev.portico.platform.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

  @Test
  void whenNoOriginsConfiguredThenCorsIsOff() {
    CorsPolicy policy = CorsPolicy.of(Optional.empty(), 600);

    assertThat(policy.enabled(), is(false));
    assertThat(policy.allows("https://app.example.com"), is(false));
  }

  @Test
  void whenOriginsConfiguredThenOnlyThoseAreAllowed() {
    CorsPolicy policy = CorsPolicy.of(Optional.of(List.of(" https://app.example.com ", "")), 600);

    assertThat(policy.enabled(), is(true));
    assertThat(policy.allows("https://app.example.com"), is(true));
    assertThat(policy.allows("https://evil.example.com"), is(false));
    assertThat(policy.allows(null), is(false));
  }

  @Test
  void whenWildcardConfiguredThenAnyOriginIsAllowed() {
    CorsPolicy policy = CorsPolicy.of(Optional.of(List.of("*")), 600);

    assertThat(policy.allows("https://anything.example.com"), is(true));
  }
}
