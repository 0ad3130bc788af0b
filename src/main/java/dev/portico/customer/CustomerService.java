package dev.portico.customer;

import dev.portico.customer.api.CustomerListing;
import dev.portico.customer.api.CustomerResponse;
import dev.portico.customer.domain.Customer;
import dev.portico.customer.domain.CustomerDeleting;
import dev.portico.customer.domain.CustomerDetails;
import dev.portico.customer.domain.CustomerRepository;
import dev.portico.event.EventOutbox;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ObjectNotFoundException;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TestModeErasing;
import dev.portico.platform.time.PorticoClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The transaction boundary of customers: each change is written with its event ({@code
 * customer.created|updated|deleted}) in one transaction, in the caller's organization and mode.
 */
@ApplicationScoped
@Transactional
public class CustomerService {

  @Inject CallerContext callerContext;
  @Inject CustomerRepository customers;
  @Inject EventOutbox outbox;
  @Inject Event<CustomerDeleting> deleting;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public Customer create(CustomerDetails details) {
    Customer customer = Customer.create(TenantKey.of(callerContext.current()), details, clock);
    customers.add(customer);
    outbox.record("customer.created", customer.id(), CustomerResponse.of(customer));
    return customer;
  }

  public List<Customer> list(ListQuery<Customer> query) {
    return customers.list(query);
  }

  /** The newest {@code limit} customers, and one more when there are more. */
  public List<Customer> newest(int limit) {
    return list(ListQuery.firstPage(CustomerListing.SPEC, limit));
  }

  public Customer get(String id) {
    return customers.find(id).orElseThrow(() -> new ObjectNotFoundException("customer", id));
  }

  /** Whether the caller's organization has this customer in the caller's mode. */
  public boolean exists(String id) {
    return customers.find(id).isPresent();
  }

  /** Applies {@code change} to the details read in this transaction, if If-Match allows. */
  public Customer update(String id, IfMatch precondition, UnaryOperator<CustomerDetails> change) {
    Customer customer = get(id);
    precondition.check(customer.version());
    customer.update(change.apply(customer.details()), clock);
    customers.flush();
    outbox.record("customer.updated", customer.id(), CustomerResponse.of(customer));
    return customer;
  }

  /**
   * Deletes the customer unless another feature still needs it (open jobs: 409 resource_in_use);
   * its event carries the customer as it was.
   */
  public Customer delete(String id, IfMatch precondition) {
    Customer customer = get(id);
    precondition.check(customer.version());
    deleting.fire(new CustomerDeleting(customer.id()));
    customers.remove(customer);
    outbox.record("customer.deleted", customer.id(), CustomerResponse.of(customer));
    return customer;
  }

  void eraseTestData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 40) TestModeErasing erasing) {
    erasing.erase("customers", "customers");
  }
}
