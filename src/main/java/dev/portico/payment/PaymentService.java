package dev.portico.payment;

import dev.portico.event.EventOutbox;
import dev.portico.invoice.InvoiceService;
import dev.portico.payment.api.PaymentResponse;
import dev.portico.payment.domain.Payment;
import dev.portico.payment.domain.PaymentMethod;
import dev.portico.payment.domain.PaymentRepository;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ObjectNotFoundException;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TestModeErasing;
import dev.portico.platform.time.PorticoClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The transaction boundary of payments: a succeeded payment is taken by its invoice in the same
 * transaction ({@code payment.received}, and {@code invoice.paid} when it settles it); a declined
 * one changes nothing but itself ({@code payment.failed}); refunds write {@code payment.refunded}.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

  @Inject CallerContext callerContext;
  @Inject PaymentRepository payments;
  @Inject InvoiceService invoices;
  @Inject EventOutbox outbox;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  /** A payment whose invoice is named in the body: an unknown invoice is a 400 naming it. */
  public Payment createNamed(String invoiceId, long amount, String currency, PaymentMethod method) {
    if (!invoices.exists(invoiceId)) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError("invoice", "no such invoice: " + invoiceId)));
    }
    return create(invoiceId, amount, currency, method);
  }

  /** A payment of the invoice {@code invoiceId}; an unknown invoice is 404. */
  public Payment create(String invoiceId, long amount, String currency, PaymentMethod method) {
    Caller caller = callerContext.current();
    if (method.declines() && caller.livemode()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError("method", method.text() + " exists in test mode only")));
    }
    if (method.declines()) {
      invoices.requirePayable(invoiceId, amount, currency);
    } else {
      invoices.pay(invoiceId, amount, currency);
    }
    Payment payment = Payment.of(TenantKey.of(caller), invoiceId, amount, currency, method, clock);
    payments.add(payment);
    outbox.record(
        payment.succeeded() ? "payment.received" : "payment.failed",
        payment.id(),
        PaymentResponse.of(payment));
    return payment;
  }

  public List<Payment> list(ListQuery<Payment> query) {
    return payments.list(query);
  }

  public Payment get(String id) {
    return payments.find(id).orElseThrow(() -> new ObjectNotFoundException("payment", id));
  }

  /** Refunds {@code amount}, or all that is left when null. */
  public Payment refund(String id, Long amount) {
    Payment payment = get(id);
    payment.refund(amount, clock);
    payments.flush();
    outbox.record("payment.refunded", payment.id(), PaymentResponse.of(payment));
    return payment;
  }

  void eraseTestData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 10) TestModeErasing erasing) {
    erasing.erase("payments", "payments");
  }
}
