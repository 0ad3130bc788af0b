package dev.portico.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the CORS settings ({@code portico.cors.*}) once and exposes them as a {@link CorsPolicy}.
 */
@ApplicationScoped
public class CorsConfig {

  @Inject
  @ConfigProperty(name = "portico.cors.allowed-origins")
  Optional<List<String>> allowedOrigins;

  @Inject
  @ConfigProperty(name = "portico.cors.max-age-seconds", defaultValue = "600")
  long maxAgeSeconds;

  private CorsPolicy policy;

  @PostConstruct
  void build() {
    policy = CorsPolicy.of(allowedOrigins, maxAgeSeconds);
  }

  public CorsPolicy policy() {
    return policy;
  }
}
