package dev.portico.invoice.api;

import dev.portico.invoice.domain.InvoiceLine;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line as the API shows it, with its amount (quantity × unit_amount). */
@Schema(name = "InvoiceLine")
@JsonbPropertyOrder({"description", "quantity", "unitAmount", "amount"})
public record InvoiceLineResponse(
    @Schema(example = "Boiler service") String description,
    @Schema(example = "2") long quantity,
    @Schema(example = "12500") long unitAmount,
    @Schema(example = "25000") long amount) {

  static InvoiceLineResponse of(InvoiceLine line) {
    return new InvoiceLineResponse(
        line.description(), line.quantity(), line.unitAmount(), line.amount());
  }
}
