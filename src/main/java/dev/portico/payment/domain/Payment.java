package dev.portico.payment.domain;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A payment against an invoice: succeeded (it counts towards the invoice) or failed (declined; it
 * counts for nothing). Refunds, full or partial, never exceed what was paid.
 */
@Entity
@Table(name = "payments")
public class Payment extends TenantScopedEntity {

  public static final String ID_PREFIX = "pay";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  @Id private String id;

  @Column(name = "invoice_id", nullable = false)
  private String invoiceId;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private String method;

  @Column(nullable = false)
  private String status;

  @Column(name = "failure_code")
  private String failureCode;

  @Column(name = "amount_refunded", nullable = false)
  private long amountRefunded;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Payment() {}

  private Payment(
      TenantKey tenant,
      String invoiceId,
      long amount,
      String currency,
      PaymentMethod method,
      Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.invoiceId = Objects.requireNonNull(invoiceId, "invoice is required");
    this.amount = amount;
    this.currency = Objects.requireNonNull(currency, "currency is required");
    this.method = method.text();
    this.status = method.declines() ? FAILED : SUCCEEDED;
    this.failureCode = method.declines() ? "card_declined" : null;
    this.createdAt = clock.instant();
    this.updatedAt = createdAt;
  }

  public static Payment of(
      TenantKey tenant,
      String invoiceId,
      long amount,
      String currency,
      PaymentMethod method,
      Clock clock) {
    return new Payment(tenant, invoiceId, amount, currency, method, clock);
  }

  /** Refunds {@code requested}, or everything still refundable when null; returns the amount. */
  public long refund(Long requested, Clock clock) {
    if (!succeeded()) {
      throw new ProblemException(
          ErrorCode.INVALID_STATE, "The payment failed; only a succeeded payment can be refunded.");
    }
    long refundable = amount - amountRefunded;
    if (refundable == 0) {
      throw new ProblemException(
          ErrorCode.INVALID_STATE, "The payment is fully refunded; nothing is left to refund.");
    }
    long refunded = requested == null ? refundable : requested;
    if (refunded > refundable) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError("amount", "must be at most the refundable " + refundable)));
    }
    amountRefunded += refunded;
    updatedAt = clock.instant();
    return refunded;
  }

  public boolean succeeded() {
    return SUCCEEDED.equals(status);
  }

  public String id() {
    return id;
  }

  public String invoiceId() {
    return invoiceId;
  }

  public long amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public String method() {
    return method;
  }

  public String status() {
    return status;
  }

  public String failureCode() {
    return failureCode;
  }

  public long amountRefunded() {
    return amountRefunded;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
