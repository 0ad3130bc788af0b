package dev.portico.invoice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The amounts of an invoice, all in integer minor units. The rule: subtotal is the sum of the
 * lines; tax is subtotal × tax_rate / 100 rounded half up (half a minor unit goes up) once, on the
 * subtotal, never per line; total is subtotal + tax.
 */
public record InvoiceTotals(long subtotal, long tax, long total) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static InvoiceTotals of(List<InvoiceLine> lines, BigDecimal taxRate) {
    long subtotal = 0;
    for (InvoiceLine line : lines) {
      subtotal = Math.addExact(subtotal, line.amount());
    }
    long tax =
        BigDecimal.valueOf(subtotal)
            .multiply(taxRate)
            .divide(HUNDRED, 0, RoundingMode.HALF_UP)
            .longValueExact();
    return new InvoiceTotals(subtotal, tax, Math.addExact(subtotal, tax));
  }
}
