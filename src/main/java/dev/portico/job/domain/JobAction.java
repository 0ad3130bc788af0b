package dev.portico.job.domain;

import java.util.Set;

/** What can be done to a job, the states it may be done from, and the state it leads to. */
public enum JobAction {
  SCHEDULE("schedule", Set.of(JobStatus.UNSCHEDULED, JobStatus.SCHEDULED), JobStatus.SCHEDULED),
  ASSIGN("assign", Set.of(JobStatus.SCHEDULED, JobStatus.ASSIGNED), JobStatus.ASSIGNED),
  START("start", Set.of(JobStatus.ASSIGNED), JobStatus.IN_PROGRESS),
  COMPLETE("complete", Set.of(JobStatus.IN_PROGRESS), JobStatus.COMPLETED),
  CANCEL("cancel", JobStatus.OPEN, JobStatus.CANCELLED);

  private final String text;
  private final Set<JobStatus> from;
  private final JobStatus to;

  JobAction(String text, Set<JobStatus> from, JobStatus to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  public String text() {
    return text;
  }

  public Set<JobStatus> from() {
    return from;
  }

  public JobStatus to() {
    return to;
  }

  /** The event type a job emits when this action succeeds. */
  public String eventType() {
    return switch (this) {
      case SCHEDULE -> "job.scheduled";
      case ASSIGN -> "job.assigned";
      case START -> "job.started";
      case COMPLETE -> "job.completed";
      case CANCEL -> "job.cancelled";
    };
  }
}
