package dev.portico.job.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.List;
import java.util.Optional;

/** Jobs of the caller's organization and mode. */
public interface JobRepository {

  void add(Job job);

  Optional<Job> find(String id);

  List<Job> list(ListQuery<Job> query);

  /** Whether the customer has a job that is not completed or cancelled. */
  boolean hasOpenJobs(String customerId);

  void remove(Job job);

  /** Writes pending changes now, so the version check and new version happen before the event. */
  void flush();
}
