package dev.portico.payment.api;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.validation.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/payments}: the invoice paid, and the payment's terms. */
@Schema(name = "CreatePaymentRequest")
public record CreatePaymentRequest(
    @NotBlank
        @Size(max = PrefixedIds.MAX_LENGTH)
        @Schema(required = true, example = "inv_0GZlGz3ZzMXlqC1aYw8N1w")
        String invoice,
    @NotNull
        @Min(1)
        @Max(PaymentTerms.MAX_AMOUNT)
        @Schema(required = true, description = "Minor units.", example = "27063")
        Long amount,
    @NotBlank
        @CurrencyCode
        @Schema(required = true, maxLength = CurrencyCode.LENGTH, example = "usd")
        String currency,
    @NotBlank
        @Schema(
            required = true,
            description =
                "card, bank_transfer, cash, check or other; in test mode test_card_declined"
                    + " always declines.",
            example = "card")
        @Size(max = PaymentTerms.METHOD_MAX_LENGTH)
        String method) {}
