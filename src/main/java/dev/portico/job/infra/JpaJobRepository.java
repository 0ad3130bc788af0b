package dev.portico.job.infra;

import dev.portico.job.domain.Job;
import dev.portico.job.domain.JobRepository;
import dev.portico.job.domain.JobStatus;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** {@link JobRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}. */
@ApplicationScoped
public class JpaJobRepository implements JobRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(Job job) {
    tenant.get().persist(job);
  }

  @Override
  public Optional<Job> find(String id) {
    return Optional.ofNullable(tenant.get().find(Job.class, id));
  }

  @Override
  public List<Job> list(ListQuery<Job> query) {
    ListJpql<Job> jpql = ListJpql.select(Job.class, "j", query);
    query
        .oneOf("status", JobStatus.texts())
        .ifPresent(status -> jpql.where("j.status = :status", "status", status));
    query.text("customer").ifPresent(id -> jpql.where("j.customerId = :customer", "customer", id));
    query
        .text("technician")
        .ifPresent(name -> jpql.where("j.technician = :technician", "technician", name));
    query
        .instant("scheduled_gte")
        .ifPresent(t -> jpql.where("j.scheduledStart >= :scheduledGte", "scheduledGte", t));
    query
        .instant("scheduled_lt")
        .ifPresent(t -> jpql.where("j.scheduledStart < :scheduledLt", "scheduledLt", t));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public boolean hasOpenJobs(String customerId) {
    return !tenant
        .get()
        .createQuery(
            "SELECT j.id FROM Job j WHERE j.customerId = :customer AND j.status IN :open",
            String.class)
        .setParameter("customer", customerId)
        .setParameter("open", JobStatus.OPEN.stream().map(JobStatus::text).sorted().toList())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void remove(Job job) {
    tenant.get().remove(job);
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }
}
