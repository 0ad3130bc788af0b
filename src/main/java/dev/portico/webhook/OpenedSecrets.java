package dev.portico.webhook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.platform.security.SecretBox;
import dev.portico.webhook.domain.SigningSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Endpoints' signing secrets opened from their sealed form, once, and kept a few minutes: opening a
 * sealed secret (AES-GCM) for every delivery attempt cost more than signing. Keyed by the sealed
 * text, which a rotation replaces, so a rotated secret is never served from here.
 */
@ApplicationScoped
public class OpenedSecrets {

  private final Cache<String, SigningSecret> opened =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(5)).build();

  @Inject SecretBox secretBox;

  public SigningSecret of(String endpointId, String sealed) {
    return opened.get(
        endpointId + ' ' + sealed,
        key -> SigningSecret.of(secretBox.open(sealed, SecretContexts.of(endpointId))));
  }
}
