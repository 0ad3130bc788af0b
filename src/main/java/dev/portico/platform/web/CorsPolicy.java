package dev.portico.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call the API. Empty (the default) means CORS is off: no
 * Access-Control-* header is ever sent and preflights get no permission.
 */
public record CorsPolicy(Set<String> allowedOrigins, long maxAgeSeconds) {

  public static final String ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
  public static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Idempotency-Key, If-Match, Request-Id, X-API-Key";
  public static final String EXPOSED_HEADERS =
      "Request-Id, ETag, Link, Retry-After, RateLimit, RateLimit-Policy, "
          + "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, "
          + "Idempotent-Replayed, Deprecation, Sunset";

  public CorsPolicy {
    allowedOrigins = Set.copyOf(allowedOrigins);
  }

  public static CorsPolicy of(Optional<List<String>> origins, long maxAgeSeconds) {
    Set<String> cleaned =
        origins.orElse(List.of()).stream()
            .map(String::trim)
            .filter(origin -> !origin.isEmpty())
            .collect(Collectors.toSet());
    return new CorsPolicy(cleaned, maxAgeSeconds);
  }

  public boolean enabled() {
    return !allowedOrigins.isEmpty();
  }

  /** Whether a request from {@code origin} gets CORS headers. {@code *} allows any origin. */
  public boolean allows(String origin) {
    return origin != null && (allowedOrigins.contains("*") || allowedOrigins.contains(origin));
  }
}
