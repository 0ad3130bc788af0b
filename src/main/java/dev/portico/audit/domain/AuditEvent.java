package dev.portico.audit.domain;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.RequestOrigin;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A recorded change: who did which action to what, the fields it changed, from where and when. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends TenantScopedEntity {

  public static final String ID_PREFIX = "aud";

  @Id private String id;

  @Column(nullable = false)
  private String action;

  @Column(name = "actor_type", nullable = false)
  private String actorType;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Column(name = "target_type", nullable = false)
  private String targetType;

  @Column(name = "target_id", nullable = false)
  private String targetId;

  @Column(nullable = false)
  private String changes;

  private String ip;

  @Column(name = "request_id")
  private String requestId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AuditEvent() {}

  private AuditEvent(TenantKey tenant) {
    super(tenant);
  }

  public static AuditEvent record(
      TenantKey tenant,
      String action,
      Actor actor,
      AuditTarget target,
      List<FieldChange> fieldChanges,
      RequestOrigin origin,
      Clock clock) {
    AuditEvent event = new AuditEvent(tenant);
    event.id = PrefixedIds.generate(ID_PREFIX, clock);
    event.action = Objects.requireNonNull(action, "action is required");
    event.actorType = actor.type().text();
    event.actorId = actor.id();
    event.targetType = target.type();
    event.targetId = target.id();
    JsonObjectBuilder json = Json.createObjectBuilder();
    fieldChanges.forEach(
        c ->
            json.add(
                c.field(),
                Json.createObjectBuilder().add("before", c.before()).add("after", c.after())));
    event.changes = json.build().toString();
    event.ip = origin.ip();
    event.requestId = origin.requestId();
    event.createdAt = clock.instant();
    return event;
  }

  public String id() {
    return id;
  }

  public String action() {
    return action;
  }

  public String actorType() {
    return actorType;
  }

  public String actorId() {
    return actorId;
  }

  public AuditTarget target() {
    return new AuditTarget(targetType, targetId);
  }

  /** {@code {"field":{"before":…,"after":…}}} for each changed field. */
  public JsonObject changes() {
    try (JsonReader reader = Json.createReader(new StringReader(changes))) {
      return reader.readObject();
    }
  }

  public String ip() {
    return ip;
  }

  public String requestId() {
    return requestId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
