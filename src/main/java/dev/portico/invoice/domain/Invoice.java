package dev.portico.invoice.domain;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.persistence.MetadataConverter;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An invoice to a customer. Only a draft can be edited or deleted; sending opens it; payments bring
 * amount_due to 0, which makes it paid; an open invoice can be voided. Totals are always computed
 * here ({@link InvoiceTotals}), never taken from a client.
 */
@Entity
@Table(name = "invoices")
public class Invoice extends TenantScopedEntity {

  public static final String ID_PREFIX = "inv";

  /** Days until an invoice sent without a due date is due. */
  public static final int DEFAULT_DAYS_DUE = 30;

  @Id private String id;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Column(name = "job_id")
  private String jobId;

  @Convert(converter = InvoiceLinesConverter.class)
  @Column(nullable = false)
  private List<InvoiceLine> lines;

  @Column(name = "tax_rate", nullable = false)
  private BigDecimal taxRate;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private long subtotal;

  @Column(nullable = false)
  private long tax;

  @Column(nullable = false)
  private long total;

  @Column(name = "amount_paid", nullable = false)
  private long amountPaid;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Convert(converter = MetadataConverter.class)
  @Column(nullable = false)
  private Map<String, String> metadata;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Invoice() {}

  private Invoice(
      TenantKey tenant, String customerId, String jobId, InvoiceDraft draft, Clock clock) {
    super(tenant);
    this.id = PrefixedIds.generate(ID_PREFIX, clock);
    this.customerId = Objects.requireNonNull(customerId, "customer is required");
    this.jobId = jobId;
    this.status = InvoiceStatus.DRAFT.text();
    this.createdAt = clock.instant();
    apply(draft, createdAt);
  }

  public static Invoice draft(
      TenantKey tenant, String customerId, String jobId, InvoiceDraft draft, Clock clock) {
    return new Invoice(tenant, customerId, jobId, draft, clock);
  }

  public void edit(InvoiceDraft draft, Clock clock) {
    require(InvoiceStatus.DRAFT, "editing");
    apply(draft, clock.instant());
  }

  private void apply(InvoiceDraft draft, Instant now) {
    InvoiceTotals totals = InvoiceTotals.of(draft.lines(), draft.taxRate());
    this.lines = draft.lines();
    this.taxRate = draft.taxRate();
    this.currency = draft.currency();
    this.dueDate = draft.dueDate();
    this.metadata = draft.metadata();
    this.subtotal = totals.subtotal();
    this.tax = totals.tax();
    this.total = totals.total();
    this.updatedAt = now;
  }

  /**
   * Opens the draft; without a due date it is due {@value #DEFAULT_DAYS_DUE} days after {@code
   * today}, the business date of its mode.
   */
  public void send(Clock clock, LocalDate today) {
    require(InvoiceStatus.DRAFT, "send");
    if (lines.isEmpty()) {
      throw new InvoiceStateException(status(), "send", "a draft with at least one line");
    }
    Instant now = clock.instant();
    if (dueDate == null) {
      dueDate = today.plusDays(DEFAULT_DAYS_DUE);
    }
    status = total == 0 ? InvoiceStatus.PAID.text() : InvoiceStatus.OPEN.text();
    sentAt = now;
    paidAt = total == 0 ? now : null;
    updatedAt = now;
  }

  public void voidInvoice(Clock clock) {
    require(InvoiceStatus.OPEN, "void");
    status = InvoiceStatus.VOID.text();
    overdue = false;
    voidedAt = clock.instant();
    updatedAt = voidedAt;
  }

  /**
   * Checks that a payment of {@code amount} in {@code currency} can be taken, without taking it.
   */
  public void requirePayable(long amount, String paidCurrency) {
    require(InvoiceStatus.OPEN, "a payment");
    if (!currency.equals(paidCurrency)) {
      throw new PaymentMismatchException(
          "currency", "must be " + currency + ", the invoice's currency");
    }
    if (amount > amountDue()) {
      throw new PaymentMismatchException(
          "amount", "must be at most the amount due, " + amountDue());
    }
  }

  /** Takes a payment; returns whether it paid the invoice in full. */
  public boolean pay(long amount, String paidCurrency, Clock clock) {
    requirePayable(amount, paidCurrency);
    amountPaid = Math.addExact(amountPaid, amount);
    updatedAt = clock.instant();
    if (amountDue() == 0) {
      status = InvoiceStatus.PAID.text();
      overdue = false;
      paidAt = updatedAt;
      return true;
    }
    return false;
  }

  /**
   * Flags an open invoice whose due date is before {@code today}; returns whether it was flagged
   * now (false when it is not open, not yet due, or already flagged).
   */
  public boolean markOverdue(LocalDate today, Clock clock) {
    if (status() != InvoiceStatus.OPEN || overdue || !dueDate.isBefore(today)) {
      return false;
    }
    overdue = true;
    updatedAt = clock.instant();
    return true;
  }

  public void requireDeletable() {
    require(InvoiceStatus.DRAFT, "delete");
  }

  private void require(InvoiceStatus needed, String operation) {
    if (status() != needed) {
      throw new InvoiceStateException(status(), operation, needed.text());
    }
  }

  public InvoiceDraft draft() {
    return new InvoiceDraft(lines, taxRate, currency, dueDate, metadata);
  }

  public long amountDue() {
    return status() == InvoiceStatus.VOID ? 0 : total - amountPaid;
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public String jobId() {
    return jobId;
  }

  public List<InvoiceLine> lines() {
    return lines;
  }

  public BigDecimal taxRate() {
    return taxRate;
  }

  public String currency() {
    return currency;
  }

  public long subtotal() {
    return subtotal;
  }

  public long tax() {
    return tax;
  }

  public long total() {
    return total;
  }

  public long amountPaid() {
    return amountPaid;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public InvoiceStatus status() {
    return InvoiceStatus.parse(status).orElseThrow();
  }

  public boolean overdue() {
    return overdue;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant paidAt() {
    return paidAt;
  }

  public Instant voidedAt() {
    return voidedAt;
  }

  public Map<String, String> metadata() {
    return metadata;
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
