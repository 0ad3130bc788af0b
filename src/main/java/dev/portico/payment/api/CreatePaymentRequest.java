package dev.portico.payment.api;

import dev.portico.platform.validation.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/payments}: the invoice paid, and the payment's terms. */
@Schema(name = "CreatePaymentRequest")
public record CreatePaymentRequest(
    @NotBlank @Schema(required = true, example = "inv_0GZlGz3ZzMXlqC1aYw8N1w") String invoice,
    @NotNull
        @Min(1)
        @Max(Long.MAX_VALUE / 4)
        @Schema(required = true, description = "Minor units.", example = "27063")
        Long amount,
    @NotBlank @CurrencyCode @Schema(required = true, example = "usd") String currency,
    @NotBlank
        @Schema(
            required = true,
            description =
                "card, bank_transfer, cash, check or other; in test mode test_card_declined"
                    + " always declines.",
            example = "card")
        String method) {}
