package dev.portico.job.domain;

import dev.portico.platform.address.Address;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.persistence.MetadataConverter;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A job for a customer. Its status changes only through its actions ({@link JobAction}), each
 * allowed from the states it names; anything else is a {@link JobStateException}.
 */
@Entity
@Table(name = "jobs")
public class Job extends TenantScopedEntity {

  public static final String ID_PREFIX = "job";

  @Id private String id;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Column(nullable = false)
  private String title;

  private String description;

  @Embedded private Address address;

  @Column(nullable = false)
  private String status;

  @Column(name = "scheduled_start")
  private Instant scheduledStart;

  @Column(name = "scheduled_end")
  private Instant scheduledEnd;

  private String technician;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Convert(converter = MetadataConverter.class)
  @Column(nullable = false)
  private Map<String, String> metadata;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Job() {}

  private Job(TenantKey tenant, String customerId, JobDetails details, Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.customerId = Objects.requireNonNull(customerId, "customer is required");
    this.status = JobStatus.UNSCHEDULED.text();
    this.createdAt = clock.instant();
    update(details, createdAt);
  }

  /** A new job for {@code customerId}, unscheduled. */
  public static Job create(TenantKey tenant, String customerId, JobDetails details, Clock clock) {
    return new Job(tenant, customerId, details, clock);
  }

  public void update(JobDetails details, Clock clock) {
    update(details, clock.instant());
  }

  private void update(JobDetails details, Instant now) {
    this.title = details.title();
    this.description = details.description();
    this.address = details.address();
    this.metadata = details.metadata();
    this.updatedAt = now;
  }

  /** Sets or moves the window in which the job is to be done. */
  public void schedule(Instant start, Instant end, Clock clock) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a scheduled window ends after it starts");
    }
    transition(JobAction.SCHEDULE, clock);
    this.scheduledStart = start;
    this.scheduledEnd = end;
  }

  public void assign(String technician, Clock clock) {
    transition(JobAction.ASSIGN, clock);
    this.technician = Objects.requireNonNull(technician, "technician is required");
  }

  public void start(Clock clock) {
    transition(JobAction.START, clock);
    this.startedAt = updatedAt;
  }

  public void complete(Clock clock) {
    transition(JobAction.COMPLETE, clock);
    this.completedAt = updatedAt;
  }

  public void cancel(Clock clock) {
    transition(JobAction.CANCEL, clock);
    this.cancelledAt = updatedAt;
  }

  /** A job may be deleted only before work was planned for it, or once it was cancelled. */
  public void requireDeletable() {
    JobStatus current = status();
    if (current != JobStatus.UNSCHEDULED && current != JobStatus.CANCELLED) {
      throw new JobStateException(
          "The job is "
              + current.text()
              + "; only an unscheduled or cancelled job can be"
              + " deleted. Cancel it first.");
    }
  }

  private void transition(JobAction action, Clock clock) {
    JobStatus current = status();
    if (!action.from().contains(current)) {
      throw new JobStateException(action, current);
    }
    this.status = action.to().text();
    this.updatedAt = clock.instant();
  }

  public JobDetails details() {
    return new JobDetails(title, description, address(), metadata);
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Address address() {
    return address == null || address.isEmpty() ? null : address;
  }

  public JobStatus status() {
    return JobStatus.parse(status).orElseThrow();
  }

  /**
   * Whether the job has fallen due at {@code now} (its mode's business time): scheduled or
   * assigned, and its scheduled start has come, but work has not started.
   */
  public boolean isDue(Instant now) {
    JobStatus current = status();
    return (current == JobStatus.SCHEDULED || current == JobStatus.ASSIGNED)
        && scheduledStart != null
        && !scheduledStart.isAfter(now);
  }

  public Instant scheduledStart() {
    return scheduledStart;
  }

  public Instant scheduledEnd() {
    return scheduledEnd;
  }

  public String technician() {
    return technician;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public Map<String, String> metadata() {
    return metadata;
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
