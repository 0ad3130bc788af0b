package dev.portico.payment.api;

import dev.portico.payment.domain.Payment;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment as the API shows it (and as events carry it). */
@Schema(name = "Payment")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "invoice",
  "amount",
  "currency",
  "method",
  "status",
  "failureCode",
  "amountRefunded",
  "createdAt",
  "updatedAt"
})
public record PaymentResponse(
    @Schema(example = "pay_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"payment\".", example = "payment") String object,
    boolean livemode,
    @Schema(example = "inv_0GZlGz3ZzMXlqC1aYw8N1w") String invoice,
    @Schema(description = "Minor units.", example = "27063") long amount,
    @Schema(example = "usd") String currency,
    @Schema(
            enumeration = {"card", "bank_transfer", "cash", "check", "other", "test_card_declined"},
            example = "card")
        String method,
    @Schema(
            description = "succeeded or failed.",
            enumeration = {"succeeded", "failed"},
            example = "succeeded")
        String status,
    @Schema(nullable = true, description = "Why it failed.", example = "card_declined")
        @JsonbNillable
        String failureCode,
    @Schema(example = "0") long amountRefunded,
    Instant createdAt,
    Instant updatedAt) {

  public static PaymentResponse of(Payment payment) {
    return new PaymentResponse(
        payment.id(),
        "payment",
        payment.livemode(),
        payment.invoiceId(),
        payment.amount(),
        payment.currency(),
        payment.method(),
        payment.status(),
        payment.failureCode(),
        payment.amountRefunded(),
        payment.createdAt(),
        payment.updatedAt());
  }
}
