package dev.portico.customer.api;

import dev.portico.customer.domain.CustomerDetails;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** Applies a PATCH body to a customer's current details: what was sent changes, nothing else. */
final class CustomerPatch {

  private CustomerPatch() {}

  static CustomerDetails apply(CustomerDetails current, PatchBody<UpdateCustomerRequest> patch) {
    UpdateCustomerRequest sent = patch.value();
    if (patch.has("name") && sent.name() == null) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError("name", "cannot be cleared")));
    }
    Map<String, String> metadata = patch.has("metadata") ? sent.metadata() : current.metadata();
    return new CustomerDetails(
        patch.has("name") ? sent.name().strip() : current.name(),
        patch.has("email") ? sent.email() : current.email(),
        patch.has("phone") ? sent.phone() : current.phone(),
        patch.has("address")
            ? (sent.address() == null ? null : sent.address().toAddress())
            : current.address(),
        metadata == null ? Map.of() : metadata);
  }
}
