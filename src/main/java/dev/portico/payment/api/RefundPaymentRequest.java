package dev.portico.payment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/payments/{id}/refund}; without amount, all that is left. */
@Schema(name = "RefundPaymentRequest")
public record RefundPaymentRequest(
    @Min(1)
        @Max(PaymentTerms.MAX_AMOUNT)
        @Schema(description = "Minor units; at most what is still refundable.", example = "5000")
        Long amount) {}
