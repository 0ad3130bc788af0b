package dev.portico.invoice.api;

import dev.portico.invoice.domain.Invoice;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice as the API shows it (and as events carry it); amounts in minor units. */
@Schema(name = "Invoice")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "customer",
  "job",
  "status",
  "currency",
  "lines",
  "taxRate",
  "subtotal",
  "tax",
  "total",
  "amountPaid",
  "amountDue",
  "dueDate",
  "overdue",
  "sentAt",
  "paidAt",
  "voidedAt",
  "metadata",
  "createdAt",
  "updatedAt"
})
public record InvoiceResponse(
    @Schema(example = "inv_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"invoice\".", example = "invoice") String object,
    boolean livemode,
    @Schema(example = "cus_0GZlGz3ZzMXlqC1aYw8N1w") String customer,
    @Schema(nullable = true) @JsonbNillable String job,
    @Schema(
            description = "draft, open, paid or void.",
            enumeration = {"draft", "open", "paid", "void"},
            example = "open")
        String status,
    @Schema(description = "ISO 4217, lower case.", example = "usd") String currency,
    List<InvoiceLineResponse> lines,
    @Schema(description = "Percent.", example = "8.25") BigDecimal taxRate,
    @Schema(example = "25000") long subtotal,
    @Schema(description = "subtotal × tax_rate / 100, rounded half up once.", example = "2063")
        long tax,
    @Schema(example = "27063") long total,
    @Schema(example = "0") long amountPaid,
    @Schema(description = "total − amount_paid; 0 once void.", example = "27063") long amountDue,
    @Schema(nullable = true, example = "2026-12-24") @JsonbNillable LocalDate dueDate,
    @Schema(description = "Open and past its due date.") boolean overdue,
    @Schema(nullable = true) @JsonbNillable Instant sentAt,
    @Schema(nullable = true) @JsonbNillable Instant paidAt,
    @Schema(nullable = true) @JsonbNillable Instant voidedAt,
    Map<String, String> metadata,
    Instant createdAt,
    Instant updatedAt) {

  public static InvoiceResponse of(Invoice invoice) {
    return new InvoiceResponse(
        invoice.id(),
        "invoice",
        invoice.livemode(),
        invoice.customerId(),
        invoice.jobId(),
        invoice.status().text(),
        invoice.currency(),
        invoice.lines().stream().map(InvoiceLineResponse::of).toList(),
        new BigDecimal(invoice.taxRate().stripTrailingZeros().toPlainString()),
        invoice.subtotal(),
        invoice.tax(),
        invoice.total(),
        invoice.amountPaid(),
        invoice.amountDue(),
        invoice.dueDate(),
        invoice.overdue(),
        invoice.sentAt(),
        invoice.paidAt(),
        invoice.voidedAt(),
        invoice.metadata(),
        invoice.createdAt(),
        invoice.updatedAt());
  }
}
