package dev.portico.webhook.domain;

import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt to deliver a message, as the delivery log shows it: written by the delivery path
 * ({@code DeliveryStore}), read here, never changed.
 */
@Entity
@Table(name = "webhook_attempts")
public class WebhookAttempt extends TenantScopedEntity {

  public static final String ID_PREFIX = "atmpt";

  @Id private String id;

  @Column(name = "message_id", nullable = false)
  private String messageId;

  @Column(name = "endpoint_id", nullable = false)
  private String endpointId;

  @Column(name = "attempt_number", nullable = false)
  private int attemptNumber;

  @Column(nullable = false)
  private String url;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_body")
  private String responseBody;

  @Column(name = "error_kind")
  private String errorKind;

  @Column(name = "error_detail")
  private String errorDetail;

  protected WebhookAttempt() {}

  public String id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String endpointId() {
    return endpointId;
  }

  public int attemptNumber() {
    return attemptNumber;
  }

  public String url() {
    return url;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public long durationMs() {
    return durationMs;
  }

  public Integer responseStatus() {
    return responseStatus;
  }

  public String responseBody() {
    return responseBody;
  }

  public String errorKind() {
    return errorKind;
  }

  public String errorDetail() {
    return errorDetail;
  }
}
