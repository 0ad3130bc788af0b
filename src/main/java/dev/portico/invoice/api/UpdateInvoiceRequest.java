package dev.portico.invoice.api;

import dev.portico.platform.validation.CurrencyCode;
import dev.portico.platform.validation.Metadata;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/invoices/{id}} (drafts only): the fields sent replace theirs.
 */
@Schema(name = "UpdateInvoiceRequest")
public record UpdateInvoiceRequest(
    @Size(max = 100) List<@Valid @NotNull InvoiceLineBody> lines,
    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal taxRate,
    @CurrencyCode @Schema(maxLength = CurrencyCode.LENGTH) String currency,
    @Schema(nullable = true) LocalDate dueDate,
    @Metadata Map<String, String> metadata) {}
