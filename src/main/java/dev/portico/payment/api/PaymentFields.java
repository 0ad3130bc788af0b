package dev.portico.payment.api;

import dev.portico.payment.domain.PaymentMethod;
import dev.portico.platform.problem.ProblemException;

/** The method of a payment request, read as sent: an unknown one is a 400 naming it. */
final class PaymentFields {

  private PaymentFields() {}

  static PaymentMethod method(String text) {
    return PaymentMethod.parse(text.strip())
        .orElseThrow(
            () ->
                ProblemException.invalidField(
                    "method",
                    "must be one of "
                        + String.join(", ", PaymentMethod.texts().stream().sorted().toList())));
  }
}
