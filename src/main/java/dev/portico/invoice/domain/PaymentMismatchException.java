package dev.portico.invoice.domain;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.List;

/** A payment that does not fit its invoice (currency or amount): 400 naming the field. */
public class PaymentMismatchException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PaymentMismatchException(String field, String message) {
    super(
        ErrorCode.VALIDATION_FAILED,
        ErrorCode.VALIDATION_FAILED.defaultDetail(),
        List.of(new FieldError(field, message)));
  }
}
