package dev.portico.ratelimit.infra;

import dev.portico.ratelimit.RateLimitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where rate limits are counted and whether the shared backend answers. A failing backend leaves
 * the server ready when it counts locally meanwhile (the check says {@code fallback}), and makes it
 * not ready when it refuses requests instead.
 */
@Readiness
@ApplicationScoped
public class RateLimitReadinessCheck implements HealthCheck {

  @Inject RateLimitService limits;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("rate-limits")
            .withData("enabled", limits.enabled())
            .withData("backend", limits.backend().text());
    var state = limits.sharedBackendState();
    if (state.isEmpty() || !state.get().isFailing()) {
      return response.withData("state", "counting").up().build();
    }
    response
        .withData("failing_since", state.get().failingSince().toString())
        .withData("last_failure", state.get().lastFailure().toString());
    if (limits.refusesWhileBackendFails()) {
      return response.withData("state", "refusing").down().build();
    }
    return response.withData("state", "fallback").up().build();
  }
}
