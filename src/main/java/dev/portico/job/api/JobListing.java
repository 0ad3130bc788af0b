package dev.portico.job.api;

import dev.portico.job.domain.Job;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How jobs are listed: {@code status}, {@code customer}, {@code technician}, the scheduled window
 * and the creation-time filters, newest first, with {@code fields}.
 */
public final class JobListing {

  public static final ListSpec<Job> SPEC = spec();

  private JobListing() {}

  private static ListSpec<Job> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.addAll(Set.of("status", "customer", "technician", "scheduled_gte", "scheduled_lt"));
    return ListSpec.of(
        "jobs",
        JobResponse.class,
        Job::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", Job::createdAt));
  }
}
