package dev.portico.invoice;

import dev.portico.customer.CustomerService;
import dev.portico.customer.domain.CustomerDeleting;
import dev.portico.event.EventOutbox;
import dev.portico.invoice.api.InvoiceResponse;
import dev.portico.invoice.domain.Invoice;
import dev.portico.invoice.domain.InvoiceDraft;
import dev.portico.invoice.domain.InvoiceRepository;
import dev.portico.invoice.domain.InvoiceStatus;
import dev.portico.job.JobService;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The transaction boundary of invoices: drafts are edited freely; sending, paying and voiding each
 * write their SPEC event ({@code invoice.created|sent|paid|overdue|voided}) in the same
 * transaction. Due dates are business dates of the mode's {@link ModeClock}. A customer with an
 * unpaid invoice cannot be deleted.
 */
@ApplicationScoped
@Transactional
public class InvoiceService {

  @Inject CallerContext callerContext;
  @Inject InvoiceRepository invoices;
  @Inject CustomerService customers;
  @Inject JobService jobs;
  @Inject EventOutbox outbox;
  @Inject ModeClock modeClock;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public Invoice create(String customerId, String jobId, InvoiceDraft draft) {
    List<FieldError> missing = new ArrayList<>();
    if (!customers.exists(customerId)) {
      missing.add(new FieldError("customer", "no such customer: " + customerId));
    }
    if (jobId != null && !jobs.exists(jobId)) {
      missing.add(new FieldError("job", "no such job: " + jobId));
    }
    if (!missing.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), missing);
    }
    Invoice invoice =
        Invoice.draft(TenantKey.of(callerContext.current()), customerId, jobId, draft, clock);
    invoices.add(invoice);
    outbox.record("invoice.created", invoice.id(), InvoiceResponse.of(invoice));
    return invoice;
  }

  public List<Invoice> list(ListQuery<Invoice> query) {
    return invoices.list(query);
  }

  public Invoice get(String id) {
    return invoices.find(id).orElseThrow(() -> new ObjectNotFoundException("invoice", id));
  }

  /** Whether the caller's organization has this invoice in the caller's mode. */
  public boolean exists(String id) {
    return invoices.find(id).isPresent();
  }

  /** Edits a draft; any other status is 409. */
  public Invoice edit(String id, IfMatch precondition, UnaryOperator<InvoiceDraft> change) {
    Invoice invoice = get(id);
    precondition.check(invoice.version());
    invoice.edit(change.apply(invoice.draft()), clock);
    invoices.flush();
    return invoice;
  }

  public Invoice send(String id) {
    Invoice invoice = get(id);
    LocalDate today = modeClock.today();
    invoice.send(clock, today);
    written(invoice, "invoice.sent");
    if (invoice.status() == InvoiceStatus.PAID) {
      outbox.record("invoice.paid", invoice.id(), InvoiceResponse.of(invoice));
    }
    if (invoice.markOverdue(today, clock)) {
      written(invoice, "invoice.overdue");
    }
    return invoice;
  }

  public Invoice voidInvoice(String id) {
    Invoice invoice = get(id);
    invoice.voidInvoice(clock);
    return written(invoice, "invoice.voided");
  }

  /** Checks a payment against the invoice without taking it (for a payment that will fail). */
  public Invoice requirePayable(String id, long amount, String currency) {
    Invoice invoice = get(id);
    invoice.requirePayable(amount, currency);
    return invoice;
  }

  /** Takes a payment; when it settles the invoice, {@code invoice.paid} is written. */
  public Invoice pay(String id, long amount, String currency) {
    Invoice invoice = get(id);
    if (invoice.pay(amount, currency, clock)) {
      written(invoice, "invoice.paid");
    } else {
      invoices.flush();
    }
    return invoice;
  }

  public Invoice delete(String id, IfMatch precondition) {
    Invoice invoice = get(id);
    precondition.check(invoice.version());
    invoice.requireDeletable();
    invoices.remove(invoice);
    return invoice;
  }

  /**
   * Flags up to {@code max} open invoices due before {@code today} as overdue, each with its {@code
   * invoice.overdue} event; returns how many were flagged.
   */
  public int markOverdue(LocalDate today, int max) {
    List<Invoice> due = invoices.overdueBefore(today, max);
    for (Invoice invoice : due) {
      invoice.markOverdue(today, clock);
      written(invoice, "invoice.overdue");
    }
    return due.size();
  }

  void eraseTestData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 20) TestModeErasing erasing) {
    erasing.erase("invoices", "invoices");
  }

  void refuseWhileUnpaid(@Observes CustomerDeleting deleting) {
    if (invoices.hasUnpaidInvoices(deleting.customerId())) {
      throw new ProblemException(
          ErrorCode.RESOURCE_IN_USE,
          "The customer has unpaid invoices; collect or void them before deleting the customer.");
    }
  }

  private Invoice written(Invoice invoice, String eventType) {
    invoices.flush();
    outbox.record(eventType, invoice.id(), InvoiceResponse.of(invoice));
    return invoice;
  }
}
