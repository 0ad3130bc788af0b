package dev.portico.webhook.catalog;

import static dev.portico.webhook.catalog.WebhookEventExamples.customer;
import static dev.portico.webhook.catalog.WebhookEventExamples.invoice;
import static dev.portico.webhook.catalog.WebhookEventExamples.job;
import static dev.portico.webhook.catalog.WebhookEventExamples.payment;
import static dev.portico.webhook.catalog.WebhookEventExamples.quotaAlert;

import dev.portico.customer.api.CustomerResponse;
import dev.portico.invoice.api.InvoiceResponse;
import dev.portico.job.api.JobResponse;
import dev.portico.payment.api.PaymentResponse;
import dev.portico.quota.api.QuotaAlertResponse;
import dev.portico.webhook.api.WebhookEndpointResponse;
import dev.portico.webhook.api.WebhookTestObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every type of event Portico emits, in the catalogue's order. A new type is one line here: its
 * name, what it means, the record its {@code data.object} is written from and an example of it (the
 * schema is generated from the record); {@code WebhookEventCatalogTest} checks that every type the
 * code records is here.
 */
public final class WebhookEventTypes {

  private static final List<WebhookEventType<?>> ALL =
      List.of(
          WebhookEventType.of(
              "customer.created", "A customer was created.", CustomerResponse.class, customer()),
          WebhookEventType.of(
              "customer.updated",
              "A customer's details changed; the object shows them after the change.",
              CustomerResponse.class,
              WebhookEventExamples.updatedCustomer()),
          WebhookEventType.of(
              "customer.deleted",
              "A customer was deleted; the object is the customer as it was.",
              CustomerResponse.class,
              WebhookEventExamples.updatedCustomer()),
          WebhookEventType.of(
              "job.created",
              "A job was created, unscheduled.",
              JobResponse.class,
              job("unscheduled")),
          WebhookEventType.of(
              "job.updated",
              "A job's details (title, description, address, metadata) changed.",
              JobResponse.class,
              WebhookEventExamples.updatedJob()),
          WebhookEventType.of(
              "job.scheduled",
              "A job was given its scheduled start and end.",
              JobResponse.class,
              job("scheduled")),
          WebhookEventType.of(
              "job.assigned",
              "A technician was assigned to a job.",
              JobResponse.class,
              job("assigned")),
          WebhookEventType.of(
              "job.started", "Work on a job started.", JobResponse.class, job("in_progress")),
          WebhookEventType.of(
              "job.completed", "A job was completed.", JobResponse.class, job("completed")),
          WebhookEventType.of(
              "job.cancelled", "A job was cancelled.", JobResponse.class, job("cancelled")),
          WebhookEventType.of(
              "invoice.created",
              "A draft invoice was created.",
              InvoiceResponse.class,
              invoice("draft", false)),
          WebhookEventType.of(
              "invoice.sent",
              "An invoice was sent: it is open, due on its due date.",
              InvoiceResponse.class,
              invoice("open", false)),
          WebhookEventType.of(
              "invoice.paid",
              "An invoice was paid in full (amount_due is 0).",
              InvoiceResponse.class,
              invoice("paid", false)),
          WebhookEventType.of(
              "invoice.overdue",
              "An open invoice passed its due date unpaid (once per invoice).",
              InvoiceResponse.class,
              invoice("open", true)),
          WebhookEventType.of(
              "invoice.voided",
              "An open invoice was voided; nothing is due.",
              InvoiceResponse.class,
              invoice("void", false)),
          WebhookEventType.of(
              "payment.received",
              "A payment of an invoice succeeded.",
              PaymentResponse.class,
              payment("succeeded", 0)),
          WebhookEventType.of(
              "payment.failed",
              "A payment of an invoice was declined; the invoice is unchanged.",
              PaymentResponse.class,
              payment("failed", 0)),
          WebhookEventType.of(
              "payment.refunded",
              "A payment was refunded, in full or in part (amount_refunded).",
              PaymentResponse.class,
              payment("succeeded", 10_000)),
          WebhookEventType.of(
              "usage.quota_warning",
              "The organization used 80 % of its monthly quota (once a month, live mode).",
              QuotaAlertResponse.class,
              quotaAlert("warning", 80, 80_004)),
          WebhookEventType.of(
              "usage.quota_exceeded",
              "The organization used all of its monthly quota (once a month, live mode).",
              QuotaAlertResponse.class,
              quotaAlert("exceeded", 100, 100_000)),
          WebhookEventType.of(
              "webhook_endpoint.disabled",
              "Portico disabled a webhook endpoint: it answered 410 Gone (disabled_reason gone),"
                  + " or failed without a success for the configured period (failing).",
              WebhookEndpointResponse.class,
              WebhookEventExamples.disabledEndpoint()),
          WebhookEventType.of(
              "webhook.test",
              "Sent on request to one endpoint (POST /api/v1/webhook-endpoints/{id}/test),"
                  + " whatever its enabled_events.",
              WebhookTestObject.class,
              WebhookTestObject.to("whep_0GZlGz3ZzMXlqC1aYw8N1w")));

  private static final Set<String> NAMES =
      ALL.stream().map(WebhookEventType::type).collect(Collectors.toUnmodifiableSet());

  private WebhookEventTypes() {}

  /** Every type, in the catalogue's order. */
  public static List<WebhookEventType<?>> all() {
    return ALL;
  }

  /** Whether Portico emits {@code type}: what an endpoint's enabled_events may name. */
  public static boolean isKnown(String type) {
    return NAMES.contains(type);
  }
}
