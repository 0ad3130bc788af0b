package dev.portico.payment.api;

import dev.portico.platform.validation.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/invoices/{id}/payments}: how much, in what, how. */
@Schema(name = "InvoicePaymentRequest")
public record PaymentTerms(
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
        String method) {

  /** The largest amount of one payment or refund, in minor units: totals never overflow. */
  public static final long MAX_AMOUNT = Long.MAX_VALUE / 4;

  /** Longer than any payment method's name; a longer one is no method. */
  static final int METHOD_MAX_LENGTH = 32;
}
