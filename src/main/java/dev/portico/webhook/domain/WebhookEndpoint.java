package dev.portico.webhook.domain;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * A partner's webhook endpoint in one organization and mode: where to POST, which event types, and
 * whether it is enabled. Its signing secrets are {@link WebhookSecret} rows.
 */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpoint extends TenantScopedEntity {

  public static final String ID_PREFIX = "whep";

  @Id private String id;

  @Column(nullable = false)
  private String url;

  @Column private String description;

  @Column(name = "enabled_events", nullable = false)
  private String enabledEvents;

  @Column(nullable = false)
  private String status;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "failing_since")
  private Instant failingSince;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected WebhookEndpoint() {}

  private WebhookEndpoint(TenantKey tenant, EndpointSettings settings, Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.createdAt = clock.instant();
    apply(settings, clock);
  }

  public static WebhookEndpoint create(TenantKey tenant, EndpointSettings settings, Clock clock) {
    return new WebhookEndpoint(tenant, settings, clock);
  }

  /** A caller's change; enabling an endpoint forgets why it was disabled and its failures. */
  public void update(EndpointSettings settings, Clock clock) {
    apply(settings, clock);
  }

  private void apply(EndpointSettings settings, Clock clock) {
    EndpointStatus before = status == null ? null : status();
    this.url = settings.url().toString();
    this.description = settings.description();
    this.enabledEvents = settings.enabledEvents().stored();
    this.status = settings.status().text();
    if (settings.status() == EndpointStatus.ENABLED) {
      this.disabledReason = null;
      if (before != EndpointStatus.ENABLED) {
        this.failingSince = null;
      }
    } else if (before != EndpointStatus.DISABLED) {
      this.disabledReason = DisabledReason.MANUAL.text();
    }
    this.updatedAt = clock.instant();
  }

  /** Portico disables the endpoint; false if it was disabled already. */
  public boolean disable(DisabledReason reason, Clock clock) {
    if (status() == EndpointStatus.DISABLED) {
      return false;
    }
    this.status = EndpointStatus.DISABLED.text();
    this.disabledReason = reason.text();
    this.updatedAt = clock.instant();
    return true;
  }

  public EndpointSettings settings() {
    return new EndpointSettings(URI.create(url), description, enabledEvents(), status());
  }

  public String id() {
    return id;
  }

  public URI url() {
    return URI.create(url);
  }

  public String description() {
    return description;
  }

  public EnabledEvents enabledEvents() {
    return EnabledEvents.parseStored(enabledEvents);
  }

  public EndpointStatus status() {
    return EndpointStatus.parse(status).orElseThrow();
  }

  public DisabledReason disabledReason() {
    return disabledReason == null ? null : DisabledReason.parse(disabledReason);
  }

  public Instant failingSince() {
    return failingSince;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
