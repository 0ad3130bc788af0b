package dev.portico.job.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a job: {@code unscheduled → scheduled → assigned → in_progress → completed}, and
 * {@code cancelled} from any open state.
 */
public enum JobStatus {
  UNSCHEDULED,
  SCHEDULED,
  ASSIGNED,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED;

  /** The states in which a job still holds its customer (the customer cannot be deleted). */
  public static final Set<JobStatus> OPEN = Set.of(UNSCHEDULED, SCHEDULED, ASSIGNED, IN_PROGRESS);

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<JobStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
  }

  public static Set<String> texts() {
    return Arrays.stream(values())
        .map(JobStatus::text)
        .collect(java.util.stream.Collectors.toSet());
  }
}
