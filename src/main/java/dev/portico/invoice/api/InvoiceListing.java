package dev.portico.invoice.api;

import dev.portico.invoice.domain.Invoice;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How invoices are listed: {@code status}, {@code customer}, {@code job}, {@code overdue} and the
 * creation-time filters, newest first, with {@code fields}.
 */
public final class InvoiceListing {

  public static final ListSpec<Invoice> SPEC = spec();

  private InvoiceListing() {}

  private static ListSpec<Invoice> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.addAll(Set.of("status", "customer", "job", "overdue"));
    return ListSpec.of(
        "invoices",
        InvoiceResponse.class,
        Invoice::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", Invoice::createdAt));
  }
}
