package dev.portico.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An event not yet relayed: written with the event, deleted by the relay that handled it. */
@Entity
@Table(name = "event_relay")
public class PendingRelay {

  @Id
  @Column(name = "event_id")
  private String eventId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PendingRelay() {}

  public PendingRelay(String eventId, Instant createdAt) {
    this.eventId = Objects.requireNonNull(eventId, "event is required");
    this.createdAt = Objects.requireNonNull(createdAt, "time is required");
  }
}
