package dev.portico.invoice.infra;

import dev.portico.invoice.domain.Invoice;
import dev.portico.invoice.domain.InvoiceRepository;
import dev.portico.invoice.domain.InvoiceStatus;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link InvoiceRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}. */
@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(Invoice invoice) {
    tenant.get().persist(invoice);
  }

  @Override
  public Optional<Invoice> find(String id) {
    return Optional.ofNullable(tenant.get().find(Invoice.class, id));
  }

  @Override
  public List<Invoice> list(ListQuery<Invoice> query) {
    ListJpql<Invoice> jpql = ListJpql.select(Invoice.class, "i", query);
    query
        .oneOf("status", InvoiceStatus.texts())
        .ifPresent(status -> jpql.where("i.status = :status", "status", status));
    query.text("customer").ifPresent(id -> jpql.where("i.customerId = :customer", "customer", id));
    query.text("job").ifPresent(id -> jpql.where("i.jobId = :job", "job", id));
    query
        .oneOf("overdue", java.util.Set.of("true", "false"))
        .ifPresent(flag -> jpql.where("i.overdue = :overdue", "overdue", Boolean.valueOf(flag)));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public boolean hasUnpaidInvoices(String customerId) {
    return !tenant
        .get()
        .createQuery(
            "SELECT i.id FROM Invoice i WHERE i.customerId = :customer AND i.status = :open",
            String.class)
        .setParameter("customer", customerId)
        .setParameter("open", InvoiceStatus.OPEN.text())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Invoice> overdueBefore(LocalDate today, int max) {
    return tenant
        .get()
        .createQuery(
            "SELECT i FROM Invoice i WHERE i.status = :open AND i.overdue = FALSE"
                + " AND i.dueDate < :today ORDER BY i.dueDate, i.id",
            Invoice.class)
        .setParameter("open", InvoiceStatus.OPEN.text())
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void remove(Invoice invoice) {
    tenant.get().remove(invoice);
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }
}
