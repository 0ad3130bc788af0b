package dev.portico.invoice.domain;

import java.util.Objects;

/** One line of an invoice: what, how many, and the price of one in minor units. */
public record InvoiceLine(String description, long quantity, long unitAmount) {

  public InvoiceLine {
    Objects.requireNonNull(description, "description is required");
  }

  /** quantity × unit amount; the request limits keep it far from overflowing. */
  public long amount() {
    return Math.multiplyExact(quantity, unitAmount);
  }
}
