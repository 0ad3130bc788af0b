package dev.portico.apikey.domain;

import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Scope;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a key's owner chooses about it: everything but its identity, secret and status. */
public record ApiKeySettings(
    String name,
    Set<Scope> scopes,
    Instant expiresAt,
    IpAllowlist allowedIps,
    RateLimitTier rateLimitTier,
    RateLimitOverride rateLimitOverride) {

  public ApiKeySettings {
    Objects.requireNonNull(name, "name is required");
    if (name.isBlank() || name.length() > ApiKey.MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name must be 1 to " + ApiKey.MAX_NAME_LENGTH + " chars");
    }
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    allowedIps = allowedIps == null ? IpAllowlist.ANY : allowedIps;
    rateLimitTier = rateLimitTier == null ? RateLimitTier.DEFAULT : rateLimitTier;
  }

  public ApiKeySettings withName(String newName) {
    return new ApiKeySettings(
        newName, scopes, expiresAt, allowedIps, rateLimitTier, rateLimitOverride);
  }

  public ApiKeySettings withScopes(Set<Scope> newScopes) {
    return new ApiKeySettings(
        name, newScopes, expiresAt, allowedIps, rateLimitTier, rateLimitOverride);
  }

  public ApiKeySettings withExpiresAt(Instant newExpiresAt) {
    return new ApiKeySettings(
        name, scopes, newExpiresAt, allowedIps, rateLimitTier, rateLimitOverride);
  }

  public ApiKeySettings withAllowedIps(IpAllowlist newAllowedIps) {
    return new ApiKeySettings(
        name, scopes, expiresAt, newAllowedIps, rateLimitTier, rateLimitOverride);
  }

  public ApiKeySettings withRateLimitTier(RateLimitTier newTier) {
    return new ApiKeySettings(name, scopes, expiresAt, allowedIps, newTier, rateLimitOverride);
  }

  public ApiKeySettings withRateLimitOverride(RateLimitOverride newOverride) {
    return new ApiKeySettings(name, scopes, expiresAt, allowedIps, rateLimitTier, newOverride);
  }
}
