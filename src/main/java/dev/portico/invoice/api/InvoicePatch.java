package dev.portico.invoice.api;

import dev.portico.invoice.domain.InvoiceDraft;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applies a PATCH body to a draft: what was sent changes, nothing else. */
final class InvoicePatch {

  private InvoicePatch() {}

  static InvoiceDraft apply(InvoiceDraft current, PatchBody<UpdateInvoiceRequest> patch) {
    UpdateInvoiceRequest sent = patch.value();
    List<FieldError> cleared = new ArrayList<>();
    for (String required : List.of("lines", "tax_rate", "currency")) {
      boolean nulled =
          patch.has(required)
              && switch (required) {
                case "lines" -> sent.lines() == null;
                case "tax_rate" -> sent.taxRate() == null;
                default -> sent.currency() == null;
              };
      if (nulled) {
        cleared.add(new FieldError(required, "cannot be cleared"));
      }
    }
    if (!cleared.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), cleared);
    }
    Map<String, String> metadata = patch.has("metadata") ? sent.metadata() : current.metadata();
    return new InvoiceDraft(
        patch.has("lines")
            ? sent.lines().stream().map(InvoiceLineBody::toLine).toList()
            : current.lines(),
        patch.has("tax_rate") ? sent.taxRate() : current.taxRate(),
        patch.has("currency") ? sent.currency().toLowerCase(Locale.ROOT) : current.currency(),
        patch.has("due_date") ? sent.dueDate() : current.dueDate(),
        metadata == null ? Map.of() : metadata);
  }
}
