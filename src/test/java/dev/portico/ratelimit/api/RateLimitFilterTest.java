package dev.portico.ratelimit.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import dev.portico.ratelimit.infra.BackendUnavailableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitFilterTest {

  @Test
  void whenTheBackendRetryIsSubSecondThenThe503SaysRetryAfterOneSecondInHeaderAndDetail() {
    ProblemException problem =
        RateLimitFilter.unavailable(
            new BackendUnavailableException(Duration.ofMillis(250), new IllegalStateException()));

    assertThat(problem.code(), is(ErrorCode.SERVICE_UNAVAILABLE));
    assertThat(problem.headers().get("Retry-After"), is(List.of(1L)));
    assertThat(
        problem.getMessage(),
        is(
            "Rate limits cannot be counted right now, so the request was not run. Retry after 1 s."));
  }
}
