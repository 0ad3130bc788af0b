package dev.portico.apikey.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/v1/api-keys/{id}}: only the fields sent change; {@code null} clears {@code
 * expires_at}, {@code allowed_ips} and {@code rate_limit_override}.
 */
@Schema(name = "UpdateApiKeyRequest")
public record UpdateApiKeyRequest(
    @Schema(description = "A name to recognise the key by.", example = "Billing sync (EU)")
        @Size(min = 1, max = ApiKeyBounds.NAME)
        String name,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ApiKeyBounds.ScopeItem.class,
            description = "Replaces the key's scopes.",
            example = "[\"customers:read\"]")
        @Size(min = 1, max = ApiKeyBounds.SCOPES)
        List<@Size(max = ApiKeyBounds.SCOPE) String> scopes,
    @Schema(
            nullable = true,
            description = "New expiry, or null for none.",
            example = "2027-12-31T00:00:00Z")
        Instant expiresAt,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ApiKeyBounds.CidrItem.class,
            nullable = true,
            description = "Replaces the allowlist; null or [] allows any address.")
        @Size(max = ApiKeyBounds.ALLOWED_IPS)
        List<@Size(max = ApiKeyBounds.CIDR) String> allowedIps,
    @Schema(description = "basic, standard, premium or enterprise.", example = "premium")
        @Size(max = ApiKeyBounds.TIER)
        String rateLimitTier,
    @Schema(
            nullable = true,
            description = "Replaces the override, or null to use the tier's limits.")
        @Valid
        RateLimitOverrideBody rateLimitOverride) {}
