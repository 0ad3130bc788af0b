package dev.portico.job;

import dev.portico.customer.CustomerService;
import dev.portico.customer.domain.CustomerDeleting;
import dev.portico.event.EventOutbox;
import dev.portico.job.api.JobResponse;
import dev.portico.job.domain.Job;
import dev.portico.job.domain.JobAction;
import dev.portico.job.domain.JobDetails;
import dev.portico.job.domain.JobRepository;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ObjectNotFoundException;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TestModeErasing;
import dev.portico.platform.time.ModeClock;
import dev.portico.platform.time.PorticoClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The transaction boundary of jobs: each change is written with its event ({@code job.created},
 * {@code job.updated}, and one per action) in one transaction. A customer with open jobs cannot be
 * deleted.
 */
@ApplicationScoped
@Transactional
public class JobService {

  @Inject CallerContext callerContext;
  @Inject JobRepository jobs;
  @Inject CustomerService customers;
  @Inject EventOutbox outbox;
  @Inject ModeClock modeClock;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public Job create(String customerId, JobDetails details) {
    requireCustomer(customerId);
    Job job = Job.create(TenantKey.of(callerContext.current()), customerId, details, clock);
    jobs.add(job);
    outbox.record("job.created", job.id(), JobResponse.of(job, modeClock.current().instant()));
    return job;
  }

  public List<Job> list(ListQuery<Job> query) {
    return jobs.list(query);
  }

  public Job get(String id) {
    return jobs.find(id).orElseThrow(() -> new ObjectNotFoundException("job", id));
  }

  /** Whether the caller's organization has this job in the caller's mode. */
  public boolean exists(String id) {
    return jobs.find(id).isPresent();
  }

  public Job update(String id, IfMatch precondition, UnaryOperator<JobDetails> change) {
    Job job = get(id);
    precondition.check(job.version());
    job.update(change.apply(job.details()), clock);
    return written(job, "job.updated");
  }

  /** Runs one action of the state machine on the job, and records its event. */
  public Job act(String id, JobAction action, BiConsumer<Job, Clock> change) {
    Job job = get(id);
    change.accept(job, clock);
    return written(job, action.eventType());
  }

  public Job schedule(String id, Instant start, Instant end) {
    return act(id, JobAction.SCHEDULE, (job, at) -> job.schedule(start, end, at));
  }

  public Job assign(String id, String technician) {
    return act(id, JobAction.ASSIGN, (job, at) -> job.assign(technician, at));
  }

  public Job start(String id) {
    return act(id, JobAction.START, Job::start);
  }

  public Job complete(String id) {
    return act(id, JobAction.COMPLETE, Job::complete);
  }

  public Job cancel(String id) {
    return act(id, JobAction.CANCEL, Job::cancel);
  }

  public Job delete(String id, IfMatch precondition) {
    Job job = get(id);
    precondition.check(job.version());
    job.requireDeletable();
    jobs.remove(job);
    return job;
  }

  void eraseTestData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 30) TestModeErasing erasing) {
    erasing.erase("jobs", "jobs");
  }

  void refuseWhileOpen(@Observes CustomerDeleting deleting) {
    if (jobs.hasOpenJobs(deleting.customerId())) {
      throw new ProblemException(
          ErrorCode.RESOURCE_IN_USE,
          "The customer has open jobs; complete or cancel them before deleting the customer.");
    }
  }

  private Job written(Job job, String eventType) {
    jobs.flush();
    outbox.record(eventType, job.id(), JobResponse.of(job, modeClock.current().instant()));
    return job;
  }

  private void requireCustomer(String customerId) {
    if (!customers.exists(customerId)) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError("customer", "no such customer: " + customerId)));
    }
  }
}
