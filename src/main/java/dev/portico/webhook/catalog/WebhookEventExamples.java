package dev.portico.webhook.catalog;

import dev.portico.customer.api.CustomerResponse;
import dev.portico.invoice.api.InvoiceLineResponse;
import dev.portico.invoice.api.InvoiceResponse;
import dev.portico.job.api.JobResponse;
import dev.portico.payment.api.PaymentResponse;
import dev.portico.platform.address.AddressBody;
import dev.portico.quota.api.QuotaAlertResponse;
import dev.portico.webhook.api.WebhookEndpointResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The example objects of the catalogue: one customer, its job, its invoice and its payment, each in
 * the state its event leaves it in, written with the records the API answers with.
 */
final class WebhookEventExamples {

  static final String CUSTOMER_ID = "cus_0GZlGz3ZzMXlqC1aYw8N1w";
  static final String JOB_ID = "job_0GZlGz3ZzMXlqC1aYw8N1w";
  static final String INVOICE_ID = "inv_0GZlGz3ZzMXlqC1aYw8N1w";
  static final String PAYMENT_ID = "pay_0GZlGz3ZzMXlqC1aYw8N1w";

  private static final Instant CREATED = Instant.parse("2026-11-24T09:20:45.123Z");
  private static final Instant CHANGED = Instant.parse("2026-11-24T10:02:11.456Z");
  private static final Instant SCHEDULED_START = Instant.parse("2026-11-25T09:00:00Z");
  private static final Instant SCHEDULED_END = Instant.parse("2026-11-25T11:00:00Z");
  private static final Instant STARTED = Instant.parse("2026-11-25T09:04:31.200Z");
  private static final Instant COMPLETED = Instant.parse("2026-11-25T10:41:07.830Z");
  private static final Instant SENT = Instant.parse("2026-11-25T10:45:00.512Z");
  private static final LocalDate DUE = LocalDate.parse("2026-12-25");
  private static final Instant OVERDUE_CHECKED = Instant.parse("2026-12-26T00:05:00.018Z");
  private static final Instant PAID = Instant.parse("2026-11-28T16:12:09.377Z");
  private static final Instant VOIDED = Instant.parse("2026-11-27T08:30:14.905Z");

  private static final AddressBody ADDRESS =
      new AddressBody("1 Market Street", "Suite 300", "San Francisco", "CA", "94105", "US");
  private static final long SUBTOTAL = 25_000;
  private static final long TAX = 2_063;
  private static final long TOTAL = SUBTOTAL + TAX;

  private WebhookEventExamples() {}

  static CustomerResponse customer(Instant updatedAt) {
    return new CustomerResponse(
        CUSTOMER_ID,
        "customer",
        false,
        "Ada Lovelace",
        "ada@example.com",
        "+1 415 555 0100",
        ADDRESS,
        Map.of("crm_id", "A-1042"),
        CREATED,
        updatedAt);
  }

  static CustomerResponse customer() {
    return customer(CREATED);
  }

  static CustomerResponse updatedCustomer() {
    return customer(CHANGED);
  }

  /** The job as {@code status} finds it, having passed through the states before it. */
  static JobResponse job(String status) {
    boolean scheduled = !status.equals("unscheduled");
    boolean assigned = !List.of("unscheduled", "scheduled").contains(status);
    boolean started = List.of("in_progress", "completed").contains(status);
    Instant updatedAt =
        switch (status) {
          case "in_progress" -> STARTED;
          case "completed" -> COMPLETED;
          case "unscheduled" -> CREATED;
          default -> CHANGED;
        };
    return new JobResponse(
        JOB_ID,
        "job",
        false,
        CUSTOMER_ID,
        "Boiler service",
        "Annual service; gate code 1234.",
        ADDRESS,
        status,
        scheduled ? SCHEDULED_START : null,
        scheduled ? SCHEDULED_END : null,
        assigned ? "Grace Hopper" : null,
        false,
        started ? STARTED : null,
        status.equals("completed") ? COMPLETED : null,
        status.equals("cancelled") ? CHANGED : null,
        Map.of("work_order", "WO-7731"),
        CREATED,
        updatedAt);
  }

  static JobResponse updatedJob() {
    JobResponse job = job("unscheduled");
    return new JobResponse(
        job.id(),
        job.object(),
        job.livemode(),
        job.customer(),
        "Boiler service and safety check",
        job.description(),
        job.address(),
        job.status(),
        job.scheduledStart(),
        job.scheduledEnd(),
        job.technician(),
        job.due(),
        job.startedAt(),
        job.completedAt(),
        job.cancelledAt(),
        job.metadata(),
        job.createdAt(),
        CHANGED);
  }

  /** The invoice as {@code status} finds it; {@code overdue} only when open past its due date. */
  static InvoiceResponse invoice(String status, boolean overdue) {
    boolean sent = !status.equals("draft");
    long paid = status.equals("paid") ? TOTAL : 0;
    long due = status.equals("paid") || status.equals("void") ? 0 : TOTAL - paid;
    Instant updatedAt =
        switch (status) {
          case "draft" -> COMPLETED;
          case "paid" -> PAID;
          case "void" -> VOIDED;
          default -> overdue ? OVERDUE_CHECKED : SENT;
        };
    return new InvoiceResponse(
        INVOICE_ID,
        "invoice",
        false,
        CUSTOMER_ID,
        JOB_ID,
        status,
        "usd",
        List.of(
            new InvoiceLineResponse("Boiler service", 1, 18_000, 18_000),
            new InvoiceLineResponse("Pressure relief valve", 2, 3_500, 7_000)),
        new BigDecimal("8.25"),
        SUBTOTAL,
        TAX,
        TOTAL,
        paid,
        due,
        sent ? DUE : null,
        overdue,
        sent ? SENT : null,
        status.equals("paid") ? PAID : null,
        status.equals("void") ? VOIDED : null,
        Map.of("work_order", "WO-7731"),
        COMPLETED,
        updatedAt);
  }

  static PaymentResponse payment(String status, long refunded) {
    boolean failed = status.equals("failed");
    return new PaymentResponse(
        PAYMENT_ID,
        "payment",
        false,
        INVOICE_ID,
        TOTAL,
        "usd",
        failed ? "test_card_declined" : "card",
        status,
        failed ? "card_declined" : null,
        refunded,
        PAID,
        refunded > 0 ? PAID.plusSeconds(86_400) : PAID);
  }

  /** A live-mode alert: the quota counts the requests of both modes. */
  static QuotaAlertResponse quotaAlert(String kind, int percent, long used) {
    return new QuotaAlertResponse(
        "qal_2KmVUlS8a7lq3pDqyZcnYW",
        "quota_alert",
        true,
        kind,
        percent,
        "basic",
        "2026-11",
        100_000,
        used,
        Instant.parse("2026-11-21T14:03:52.640Z"));
  }

  static WebhookEndpointResponse disabledEndpoint() {
    return new WebhookEndpointResponse(
        "whep_0GZlGz3ZzMXlqC1aYw8N1w",
        "webhook_endpoint",
        false,
        "https://partner.example.com/webhooks/portico",
        "Dispatch board",
        List.of("invoice.paid", "job.completed"),
        "disabled",
        "gone",
        CHANGED,
        null,
        CREATED,
        CHANGED);
  }
}
