package dev.portico.invoice.api;

import dev.portico.invoice.domain.InvoiceDraft;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.validation.CurrencyCode;
import dev.portico.platform.validation.Metadata;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/invoices}: a new invoice is a draft. */
@Schema(name = "CreateInvoiceRequest")
public record CreateInvoiceRequest(
    @NotBlank
        @Size(max = PrefixedIds.MAX_LENGTH)
        @Schema(required = true, example = "cus_0GZlGz3ZzMXlqC1aYw8N1w")
        String customer,
    @Schema(description = "The job invoiced, if any.", example = "job_0GZlGz3ZzMXlqC1aYw8N1w")
        @Size(max = PrefixedIds.MAX_LENGTH)
        String job,
    @Size(max = 100) @Schema(description = "Up to 100 lines.")
        List<@Valid @NotNull InvoiceLineBody> lines,
    @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 4)
        @Schema(description = "Percent, up to 4 decimals; 0 when absent.", example = "8.25")
        BigDecimal taxRate,
    @NotBlank
        @CurrencyCode
        @Schema(required = true, maxLength = CurrencyCode.LENGTH, example = "usd")
        String currency,
    @Schema(description = "When absent, set to 30 days after sending.", example = "2026-12-24")
        LocalDate dueDate,
    @Metadata Map<String, String> metadata) {

  InvoiceDraft toDraft() {
    return new InvoiceDraft(
        lines == null ? List.of() : lines.stream().map(InvoiceLineBody::toLine).toList(),
        taxRate == null ? BigDecimal.ZERO : taxRate,
        currency.toLowerCase(Locale.ROOT),
        dueDate,
        metadata);
  }
}
