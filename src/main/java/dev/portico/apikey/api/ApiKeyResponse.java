package dev.portico.apikey.api;

import dev.portico.apikey.IssuedApiKey;
import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.security.Scope;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as the API shows it; {@code secret} only in the create and rotate responses. */
@Schema(name = "ApiKey")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "name",
  "prefix",
  "secret",
  "previousSecretExpiresAt",
  "scopes",
  "status",
  "expiresAt",
  "allowedIps",
  "rateLimitTier",
  "rateLimitOverride",
  "lastUsedAt",
  "createdAt",
  "updatedAt"
})
public record ApiKeyResponse(
    @Schema(example = "key_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"api_key\".", example = "api_key") String object,
    @Schema(description = "Live or test mode, the same as the key that created it.")
        boolean livemode,
    @Schema(example = "Billing sync") String name,
    @Schema(
            description = "The first characters of the secret, to recognise it.",
            example = "sk_test_4eC3")
        String prefix,
    @Schema(
            description =
                "The full key. Present only when the key is created or rotated: store it now.",
            example = "sk_test_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyjWDarjtT1z")
        String secret,
    @Schema(description = "Rotation only: when the replaced secret stops working.")
        Instant previousSecretExpiresAt,
    @Schema(example = "[\"customers:read\",\"jobs:write\"]") List<String> scopes,
    @Schema(description = "active, revoked or expired.", example = "active") String status,
    @Schema(nullable = true) @JsonbNillable Instant expiresAt,
    @Schema(description = "CIDR blocks; empty means any address.", example = "[\"203.0.113.0/24\"]")
        List<String> allowedIps,
    @Schema(example = "standard") String rateLimitTier,
    @Schema(nullable = true) @JsonbNillable RateLimitOverrideBody rateLimitOverride,
    @Schema(
            nullable = true,
            description = "Updated at most once a minute per server.",
            example = "2026-11-24T10:15:00Z")
        @JsonbNillable
        Instant lastUsedAt,
    @Schema(example = "2026-11-24T09:20:45.123Z") Instant createdAt,
    @Schema(example = "2026-11-24T09:20:45.123Z") Instant updatedAt) {

  static ApiKeyResponse of(ApiKey key, Instant lastUsedAt, Instant now) {
    return of(key, lastUsedAt, now, null, null);
  }

  static ApiKeyResponse issued(IssuedApiKey issued, Instant now) {
    return of(
        issued.key(),
        issued.key().lastUsedAt(),
        now,
        issued.token().value(),
        issued.previousSecretExpiresAt());
  }

  private static ApiKeyResponse of(
      ApiKey key, Instant lastUsedAt, Instant now, String secret, Instant previousEnds) {
    ApiKeySettings settings = key.settings();
    RateLimitOverride override = settings.rateLimitOverride();
    return new ApiKeyResponse(
        key.id(),
        "api_key",
        key.livemode(),
        settings.name(),
        key.prefix(),
        secret,
        previousEnds,
        settings.scopes().stream().map(Scope::text).sorted().toList(),
        key.status(now).text(),
        settings.expiresAt(),
        settings.allowedIps().cidrs(),
        settings.rateLimitTier().text(),
        override == null
            ? null
            : new RateLimitOverrideBody(
                override.perMinute(), override.perHour(), override.perDay(), override.burst()),
        lastUsedAt,
        key.createdAt(),
        key.updatedAt());
  }
}
