package dev.portico.event.domain;

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
 * Something that happened to a business object ({@code customer.created}, …), with the object as
 * the API showed it right after the change. Events never change once written.
 */
@Entity
@Table(name = "events")
public class Event extends TenantScopedEntity {

  public static final String ID_PREFIX = "evt";

  @Id private String id;

  @Column(nullable = false)
  private String type;

  @Column(name = "object_type", nullable = false)
  private String objectType;

  @Column(name = "object_id", nullable = false)
  private String objectId;

  @Column(nullable = false)
  private String data;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Event() {}

  private Event(TenantKey tenant, String type, String objectId, String data, Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.type = Objects.requireNonNull(type, "type is required");
    this.objectType = EventType.objectTypeOf(type);
    this.objectId = Objects.requireNonNull(objectId, "object id is required");
    this.data = Objects.requireNonNull(data, "data is required");
    this.createdAt = clock.instant();
  }

  /** {@code data} is the object's JSON as the API shows it. */
  public static Event of(TenantKey tenant, String type, String objectId, String data, Clock clock) {
    return new Event(tenant, type, objectId, data, clock);
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String objectType() {
    return objectType;
  }

  public String objectId() {
    return objectId;
  }

  public String data() {
    return data;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
