package dev.portico.invoice.domain;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;

/** An operation the invoice's current status does not allow: 409 {@code invalid_state}. */
public class InvoiceStateException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvoiceStateException(InvoiceStatus current, String operation, String needed) {
    super(
        ErrorCode.INVALID_STATE,
        "The invoice is " + current.text() + "; " + operation + " needs it to be " + needed + ".");
  }
}
