package dev.portico.apikey.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/api-keys}: the new key's settings. Its mode is the caller's. */
@Schema(name = "CreateApiKeyRequest")
public record CreateApiKeyRequest(
    @Schema(description = "A name to recognise the key by.", example = "Billing sync")
        @NotBlank
        @Size(max = ApiKeyBounds.NAME)
        String name,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ApiKeyBounds.ScopeItem.class,
            description = "What the key may do; each must be held by the caller.",
            example = "[\"customers:read\",\"jobs:write\"]")
        @NotNull
        @Size(min = 1, max = ApiKeyBounds.SCOPES)
        List<@NotNull @Size(max = ApiKeyBounds.SCOPE) String> scopes,
    @Schema(
            description = "When the key stops working (RFC 3339, in the future); none by default.",
            example = "2027-06-30T00:00:00Z")
        Instant expiresAt,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ApiKeyBounds.CidrItem.class,
            description = "CIDR blocks the key may be used from; any address when absent.",
            example = "[\"203.0.113.0/24\",\"2001:db8::/32\"]")
        @Size(max = ApiKeyBounds.ALLOWED_IPS)
        List<@NotNull @Size(max = ApiKeyBounds.CIDR) String> allowedIps,
    @Schema(description = "basic, standard (default), premium or enterprise.", example = "standard")
        @Size(max = ApiKeyBounds.TIER)
        String rateLimitTier,
    @Schema(description = "Limits that replace the tier's for this key.") @Valid
        RateLimitOverrideBody rateLimitOverride) {}
