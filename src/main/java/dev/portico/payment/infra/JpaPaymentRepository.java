package dev.portico.payment.infra;

import dev.portico.payment.domain.Payment;
import dev.portico.payment.domain.PaymentRepository;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link PaymentRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}. */
@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(Payment payment) {
    tenant.get().persist(payment);
  }

  @Override
  public Optional<Payment> find(String id) {
    return Optional.ofNullable(tenant.get().find(Payment.class, id));
  }

  @Override
  public List<Payment> list(ListQuery<Payment> query) {
    ListJpql<Payment> jpql = ListJpql.select(Payment.class, "p", query);
    query.text("invoice").ifPresent(id -> jpql.where("p.invoiceId = :invoice", "invoice", id));
    query
        .oneOf("status", Set.of(Payment.SUCCEEDED, Payment.FAILED))
        .ifPresent(status -> jpql.where("p.status = :status", "status", status));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }
}
