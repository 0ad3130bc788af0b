package dev.portico.apikey;

import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeyToken;
import java.time.Instant;

/**
 * A key just created or rotated, with its secret: the only moment the secret is known. {@code
 * previousSecretExpiresAt} is when the replaced secret stops working (rotation only).
 */
public record IssuedApiKey(ApiKey key, ApiKeyToken token, Instant previousSecretExpiresAt) {}
