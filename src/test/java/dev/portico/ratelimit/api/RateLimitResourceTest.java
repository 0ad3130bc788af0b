package dev.portico.ratelimit.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.ratelimit.RateLimitService;
import dev.portico.ratelimit.RateLimitedRequest;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.infra.BackendUnavailableException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitResourceTest {

  @Test
  void whenLimitsAreOffAndTheRefusingBackendFailsThenReadingThemAnswers503NotA500() {
    RateLimitResource resource = new RateLimitResource();
    resource.limits = new FailingBackend();
    resource.rateLimited = new RateLimitedRequest();
    resource.rateLimited.countAgainst(
        RateLimitSubject.apiKey("resource", RateLimitTier.BASIC, null, 1));

    ProblemException problem = assertThrows(ProblemException.class, resource::current);
    assertThat(problem.code(), is(ErrorCode.SERVICE_UNAVAILABLE));
    assertThat(problem.headers().get("Retry-After"), is(List.of(5L)));
  }

  /** Limits off (so the filter decided nothing) and a shared backend that refuses while down. */
  private static final class FailingBackend extends RateLimitService {
    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public RateLimitDecision peek(RateLimitSubject subject) {
      throw new BackendUnavailableException(
          Duration.ofSeconds(5), new IllegalStateException("backend down"));
    }
  }
}
