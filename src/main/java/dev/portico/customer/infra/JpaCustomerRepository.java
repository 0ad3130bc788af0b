package dev.portico.customer.infra;

import dev.portico.customer.domain.Customer;
import dev.portico.customer.domain.CustomerRepository;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link CustomerRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}. */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(Customer customer) {
    tenant.get().persist(customer);
  }

  @Override
  public Optional<Customer> find(String id) {
    return Optional.ofNullable(tenant.get().find(Customer.class, id));
  }

  @Override
  public List<Customer> list(ListQuery<Customer> query) {
    ListJpql<Customer> jpql = ListJpql.select(Customer.class, "c", query);
    query
        .text("email")
        .ifPresent(
            email -> jpql.where("c.email = :email", "email", email.toLowerCase(Locale.ROOT)));
    query
        .text("q")
        .ifPresent(
            q ->
                jpql.where(
                    "LOWER(c.name) LIKE :q ESCAPE '\\'",
                    "q",
                    "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%"));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public void remove(Customer customer) {
    tenant.get().remove(customer);
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
