package dev.portico.apikey.domain;

import dev.portico.platform.security.Scope;
import java.time.Instant;
import java.util.Set;

/**
 * What authentication needs to know of the key a secret belongs to, read once and cached: the
 * tenant, the scopes, whether and until when the key and this secret are usable, and the allowlist.
 */
public record KeyCredential(
    String apiKeyId,
    String organizationId,
    boolean livemode,
    Set<Scope> scopes,
    boolean revoked,
    Instant keyExpiresAt,
    Instant secretExpiresAt,
    IpAllowlist allowedIps) {

  public KeyCredential {
    scopes = Set.copyOf(scopes);
  }

  /** Usable now: not revoked, the key not expired, and this secret not past its grace period. */
  public boolean isUsableAt(Instant now) {
    return !revoked
        && (keyExpiresAt == null || keyExpiresAt.isAfter(now))
        && (secretExpiresAt == null || secretExpiresAt.isAfter(now));
  }
}
