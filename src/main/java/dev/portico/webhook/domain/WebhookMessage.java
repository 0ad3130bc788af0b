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
 * One event for one endpoint. Its id is the {@code webhook-id} of every attempt, and its payload
 * the exact bytes each attempt sends. The delivery path changes it through {@code DeliveryStore};
 * the API reads it and starts a new round of attempts ({@link #resend}).
 */
@Entity
@Table(name = "webhook_messages")
public class WebhookMessage extends TenantScopedEntity {

  public static final String ID_PREFIX = "msg";

  @Id private String id;

  @Column(name = "endpoint_id", nullable = false)
  private String endpointId;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(nullable = false)
  private String payload;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "retry_base", nullable = false)
  private int retryBase;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected WebhookMessage() {}

  private WebhookMessage(
      TenantKey tenant,
      String endpointId,
      String eventId,
      String eventType,
      String payload,
      Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.endpointId = Objects.requireNonNull(endpointId, "endpoint is required");
    this.eventId = Objects.requireNonNull(eventId, "event is required");
    this.eventType = Objects.requireNonNull(eventType, "event type is required");
    this.payload = Objects.requireNonNull(payload, "payload is required");
    this.status = MessageStatus.PENDING.text();
    this.createdAt = clock.instant();
    this.updatedAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  /** A message due at once. */
  public static WebhookMessage due(
      TenantKey tenant,
      String endpointId,
      String eventId,
      String eventType,
      String payload,
      Clock clock) {
    return new WebhookMessage(tenant, endpointId, eventId, eventType, payload, clock);
  }

  /** A new round of attempts, due at once, whatever the message's state. */
  public void resend(Clock clock) {
    this.status = MessageStatus.PENDING.text();
    this.retryBase = attempts;
    this.nextAttemptAt = clock.instant();
    this.updatedAt = nextAttemptAt;
  }

  public String id() {
    return id;
  }

  public String endpointId() {
    return endpointId;
  }

  public String eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public MessageStatus status() {
    return MessageStatus.parse(status).orElseThrow();
  }

  public int attempts() {
    return attempts;
  }

  /** When the next attempt is due; null once the message succeeded or failed. */
  public Instant nextAttemptAt() {
    return status() == MessageStatus.PENDING ? nextAttemptAt : null;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
