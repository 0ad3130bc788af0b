package dev.portico.invoice.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a client sets on a draft invoice, already validated by the request records. */
public record InvoiceDraft(
    List<InvoiceLine> lines,
    BigDecimal taxRate,
    String currency,
    LocalDate dueDate,
    Map<String, String> metadata) {

  public InvoiceDraft {
    lines = List.copyOf(lines);
    Objects.requireNonNull(taxRate, "tax rate is required");
    Objects.requireNonNull(currency, "currency is required");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
