package dev.portico.customer.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.List;
import java.util.Optional;

/** Customers of the caller's organization and mode. */
public interface CustomerRepository {

  void add(Customer customer);

  Optional<Customer> find(String id);

  List<Customer> list(ListQuery<Customer> query);

  void remove(Customer customer);

  /** Writes pending changes now, so the version check and new version happen before the event. */
  void flush();
}
