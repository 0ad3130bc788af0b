package dev.portico.webhook;

import dev.portico.webhook.domain.SigningSecret;
import java.time.Instant;
import java.util.List;

/** An endpoint's secrets that sign now: the current one, and replaced ones with their end. */
public record RevealedSecrets(String endpointId, SigningSecret current, List<Previous> previous) {

  /** A replaced secret still signing until {@code expiresAt}. */
  public record Previous(SigningSecret secret, Instant expiresAt) {}
}
