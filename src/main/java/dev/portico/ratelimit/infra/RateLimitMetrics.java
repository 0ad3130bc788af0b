package dev.portico.ratelimit.infra;

import dev.portico.platform.ratelimit.RateLimitWindow;
import dev.portico.ratelimit.domain.RateLimitDecision;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Rate limiting as application metrics ({@code /metrics?scope=application}): requests admitted and
 * refused (by window), those counted in this server's memory or refused with 503 while the shared
 * backend failed, and whether it is failing now. Registered at startup, so every series exists, at
 * 0, before the first request.
 */
@ApplicationScoped
public class RateLimitMetrics implements FallbackBucketStore.Listener {

  static final String ADMITTED = "portico_rate_limits_requests_admitted";
  static final String REFUSED = "portico_rate_limits_requests_refused";
  static final String COUNTED_LOCALLY = "portico_rate_limits_requests_counted_locally";
  static final String UNAVAILABLE = "portico_rate_limits_requests_unavailable";
  static final String BACKEND_FAILING = "portico_rate_limits_backend_failing";

  @Inject MetricRegistry registry;

  private final Map<RateLimitWindow, Counter> refused = new EnumMap<>(RateLimitWindow.class);
  private Counter admitted;
  private Counter countedLocally;
  private Counter unavailable;
  // Until the service names its shared backend no request has been counted, so none has failed.
  private volatile Supplier<Optional<BackendState>> backend = Optional::empty;

  @PostConstruct
  void register() {
    admitted = registry.counter(metadata(ADMITTED, "Requests admitted by their rate limits."));
    for (RateLimitWindow window : RateLimitWindow.values()) {
      refused.put(
          window,
          registry.counter(
              metadata(REFUSED, "Requests refused with 429, by the window that refused them."),
              new Tag("window", window.text())));
    }
    countedLocally =
        registry.counter(
            metadata(
                COUNTED_LOCALLY,
                "Requests counted in this server's memory because the shared backend failed"
                    + " (on-backend-failure=local)."));
    unavailable =
        registry.counter(
            metadata(
                UNAVAILABLE,
                "Requests refused with 503 because the shared backend failed"
                    + " (on-backend-failure=refuse)."));
    registry.gauge(
        metadata(
            BACKEND_FAILING,
            "1 while the shared rate-limit backend is failing (since its last failed call), else"
                + " 0; always 0 for the local backend."),
        this,
        RateLimitMetrics::backendFailing);
  }

  /** Creates the metrics when the application starts rather than at the first request. */
  void atStartup(@Observes Startup startup) {
    // Observing is enough: the container creates this bean to deliver the event.
  }

  /** The state the gauge reports: the service's shared backend, once it has one. */
  public void watchBackend(Supplier<Optional<BackendState>> state) {
    backend = state;
  }

  public void decided(RateLimitDecision decision) {
    if (decision.admitted()) {
      admitted.inc();
    } else {
      refused.get(decision.binding().window()).inc();
    }
  }

  @Override
  public void countedLocally() {
    countedLocally.inc();
  }

  @Override
  public void refusedUnavailable() {
    unavailable.inc();
  }

  private int backendFailing() {
    return backend.get().filter(BackendState::isFailing).isPresent() ? 1 : 0;
  }

  private static Metadata metadata(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }
}
