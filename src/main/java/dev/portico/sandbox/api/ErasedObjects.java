package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxCounts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many test objects a reset erased. */
@Schema(name = "ErasedObjects")
@JsonbPropertyOrder({"customers", "jobs", "invoices", "payments", "events"})
public record ErasedObjects(
    @Schema(example = "30") int customers,
    @Schema(example = "18") int jobs,
    @Schema(example = "11") int invoices,
    @Schema(example = "6") int payments,
    @Schema(example = "142") int events) {

  static ErasedObjects of(SandboxCounts counts) {
    return new ErasedObjects(
        counts.customers(), counts.jobs(), counts.invoices(), counts.payments(), counts.events());
  }
}
