package dev.portico.invoice.api;

import dev.portico.invoice.domain.InvoiceLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line in requests; the limits keep every total within a 64-bit integer. */
@Schema(name = "InvoiceLineInput")
public record InvoiceLineBody(
    @NotBlank @Size(max = 500) @Schema(required = true, example = "Boiler service")
        String description,
    @NotNull @Min(1) @Max(1_000_000) @Schema(required = true, example = "2") Long quantity,
    @NotNull
        @Min(0)
        @Max(10_000_000_000L)
        @Schema(required = true, description = "Price of one, in minor units.", example = "12500")
        Long unitAmount) {

  InvoiceLine toLine() {
    return new InvoiceLine(description.strip(), quantity, unitAmount);
  }
}
