package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxCounts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many test objects a seed created. */
@Schema(name = "SeededObjects")
@JsonbPropertyOrder({"customers", "jobs", "invoices", "payments"})
public record SeededObjects(
    @Schema(example = "30") int customers,
    @Schema(example = "18") int jobs,
    @Schema(example = "11") int invoices,
    @Schema(description = "Including one declined.", example = "6") int payments) {

  static SeededObjects of(SandboxCounts counts) {
    return new SeededObjects(
        counts.customers(), counts.jobs(), counts.invoices(), counts.payments());
  }
}
