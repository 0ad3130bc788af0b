package dev.portico.customer.api;

import dev.portico.customer.domain.Customer;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How customers are listed: their filters and sort keys. Apart from the resource, so the service's
 * own first page (the portal's newest customers) is the API's without reaching into the resource.
 */
public final class CustomerListing {

  public static final ListSpec<Customer> SPEC = spec();

  private CustomerListing() {}

  private static ListSpec<Customer> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("email");
    filters.add("q");
    return ListSpec.of(
        "customers",
        CustomerResponse.class,
        Customer::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", Customer::createdAt),
        SortKey.text("name", "name", Customer::name));
  }
}
