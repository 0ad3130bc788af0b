package dev.portico.invoice.domain;

import dev.portico.platform.listing.ListQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Invoices of the caller's organization and mode. */
public interface InvoiceRepository {

  void add(Invoice invoice);

  Optional<Invoice> find(String id);

  List<Invoice> list(ListQuery<Invoice> query);

  /** Whether the customer has an open invoice (sent and not fully paid or voided). */
  boolean hasUnpaidInvoices(String customerId);

  /** Open invoices due before {@code today} and not yet flagged overdue, at most {@code max}. */
  List<Invoice> overdueBefore(LocalDate today, int max);

  void remove(Invoice invoice);

  void flush();
}
