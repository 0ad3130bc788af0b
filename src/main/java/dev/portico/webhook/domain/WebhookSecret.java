package dev.portico.webhook.domain;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One signing secret of an endpoint, sealed (encrypted) so the database alone cannot sign. The
 * current secret has no end; a rotated-out one still signs until {@code expiresAt}.
 */
@Entity
@Table(name = "webhook_endpoint_secrets")
public class WebhookSecret extends TenantScopedEntity {

  private static final String ID_PREFIX = "wss";

  @Id private String id;

  @Column(name = "endpoint_id", nullable = false)
  private String endpointId;

  @Column(name = "sealed_secret", nullable = false)
  private String sealedSecret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected WebhookSecret() {}

  public WebhookSecret(TenantKey tenant, String endpointId, String sealedSecret, Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.endpointId = Objects.requireNonNull(endpointId, "endpoint is required");
    this.sealedSecret = Objects.requireNonNull(sealedSecret, "secret is required");
    this.createdAt = clock.instant();
  }

  public void retireAt(Instant end) {
    if (expiresAt == null || end.isBefore(expiresAt)) {
      this.expiresAt = end;
    }
  }

  public boolean signsAt(Instant now) {
    return expiresAt == null || expiresAt.isAfter(now);
  }

  public String sealedSecret() {
    return sealedSecret;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
