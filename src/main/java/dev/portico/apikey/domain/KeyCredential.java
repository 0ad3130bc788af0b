package dev.portico.apikey.domain;

import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Scope;
import java.time.Instant;
import java.util.Set;

/**
 * What authentication needs to know of the key a secret belongs to, read once and cached: the
 * tenant, the scopes, whether and until when the key and this secret are usable, the allowlist, and
 * its rate limits ({@code version} is the key row's, which changes with them).
 */
public record KeyCredential(
    String apiKeyId,
    String organizationId,
    boolean livemode,
    Set<Scope> scopes,
    boolean revoked,
    Instant keyExpiresAt,
    Instant secretExpiresAt,
    IpAllowlist allowedIps,
    RateLimitTier rateLimitTier,
    RateLimitOverride rateLimitOverride,
    long version) {

  public KeyCredential {
    scopes = Set.copyOf(scopes);
  }

  /** Usable now: not revoked, the key not expired, and this secret not past its grace period. */
  public boolean isUsableAt(Instant now) {
    return !revoked
        && (keyExpiresAt == null || keyExpiresAt.isAfter(now))
        && (secretExpiresAt == null || secretExpiresAt.isAfter(now));
  }

  /** The budget this key's requests count against. */
  public RateLimitSubject rateLimitSubject() {
    return RateLimitSubject.apiKey(apiKeyId, rateLimitTier, rateLimitOverride, version);
  }
}
