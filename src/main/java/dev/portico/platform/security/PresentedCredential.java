package dev.portico.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the credential a request presents: {@code Authorization: Bearer} or {@code X-API-Key}. */
final class PresentedCredential {

  static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER = "bearer ";

  private PresentedCredential() {}

  /**
   * The token, or empty when the request presents none.
   *
   * @throws dev.portico.platform.problem.ProblemException {@code invalid_credentials} when the
   *     headers are present but unusable: another scheme, repeated, or two different credentials
   */
  static Optional<String> of(ContainerRequestContext request) {
    Optional<String> bearer = bearer(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    Optional<String> apiKey = single(request.getHeaders().get(API_KEY_HEADER));
    if (bearer.isPresent() && apiKey.isPresent() && !bearer.get().equals(apiKey.get())) {
      throw AuthenticationChallenges.invalid();
    }
    return bearer.or(() -> apiKey);
  }

  private static Optional<String> bearer(List<String> values) {
    return single(values)
        .map(
            value -> {
              if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                throw AuthenticationChallenges.invalid();
              }
              return value.substring(BEARER.length()).strip();
            });
  }

  private static Optional<String> single(List<String> values) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1 || values.get(0).isBlank()) {
      throw AuthenticationChallenges.invalid();
    }
    return Optional.of(values.get(0).strip());
  }
}
