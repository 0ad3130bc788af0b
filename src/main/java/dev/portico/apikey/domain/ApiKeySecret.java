package dev.portico.apikey.domain;

import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/**
 * One secret of an API key, stored as its SHA-256 hash. The current secret has no expiry; a secret
 * replaced by rotation stays valid until the end of its grace period.
 */
@Entity
@Table(name = "api_key_secrets")
public class ApiKeySecret extends TenantScopedEntity {

  @Id
  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "api_key_id", nullable = false)
  private String apiKeyId;

  @Column(nullable = false)
  private String prefix;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ApiKeySecret() {}

  private ApiKeySecret(TenantKey tenant) {
    super(tenant);
  }

  public static ApiKeySecret current(
      TenantKey tenant, String apiKeyId, ApiKeyToken token, Clock clock) {
    ApiKeySecret secret = new ApiKeySecret(tenant);
    secret.secretHash = token.hash();
    secret.apiKeyId = apiKeyId;
    secret.prefix = token.prefix();
    secret.createdAt = clock.instant();
    return secret;
  }

  /** Keeps this secret valid until {@code end}, or never shortens an earlier end. */
  public void retireAt(Instant end) {
    if (expiresAt == null || end.isBefore(expiresAt)) {
      expiresAt = end;
    }
  }

  public String apiKeyId() {
    return apiKeyId;
  }

  public String prefix() {
    return prefix;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
