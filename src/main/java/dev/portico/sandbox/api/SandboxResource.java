package dev.portico.sandbox.api;

import dev.portico.platform.openapi.StandardResponsesFilter;
import dev.portico.platform.problem.ProblemException;
import dev.portico.sandbox.SandboxClockState;
import dev.portico.sandbox.SandboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/sandbox}: seed and reset the caller's test data, and read and advance its sandbox
 * clock. Test keys only; the changes need the write scope of every business resource.
 */
@ApplicationScoped
@Path("v1/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = StandardResponsesFilter.TEST_MODE_ONLY_TAG,
    description = "Test data on demand and a test-mode clock. Test keys only.")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class SandboxResource {

  private static final String CLOCK_EXAMPLE =
      """
      {"object":"sandbox_clock","livemode":false,"now":"2026-12-25T10:15:00.123Z",
       "offset_seconds":2678400,"advanced_at":"2026-11-24T10:15:00.123Z"}
      """;

  @Inject SandboxService sandbox;

  @POST
  @Path("seed")
  @Operation(
      operationId = "seedSandbox",
      summary = "Fill test mode with realistic data",
      description =
          "Creates, in the caller's test mode, 30 customers; three jobs in each job state (some"
              + " due); invoices in every status, one overdue and one partly paid; and payments"
              + " by several methods, one declined and one partly refunded. Each object is made"
              + " as the API makes it, with its events. Adds to what is there: reset first for a"
              + " fresh start. Needs customers:write, jobs:write, invoices:write and"
              + " payments:write.")
  @APIResponse(
      responseCode = "200",
      description = "What was created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SandboxSeedResponse.class),
              examples =
                  @ExampleObject(
                      name = "seeded",
                      value =
                          "{\"object\":\"sandbox_seed\",\"livemode\":false,\"created\":"
                              + "{\"customers\":30,\"jobs\":18,\"invoices\":11,\"payments\":6}}")))
  public SandboxSeedResponse seed() {
    return new SandboxSeedResponse("sandbox_seed", false, SeededObjects.of(sandbox.seed()));
  }

  @POST
  @Path("reset")
  @Operation(
      operationId = "resetSandbox",
      summary = "Erase all test data",
      description =
          "Deletes every customer, job, invoice, payment and event of the caller's test mode, and"
              + " puts the sandbox clock back to real time. Live data, API keys and members are"
              + " untouched. Needs customers:write, jobs:write, invoices:write and"
              + " payments:write.")
  @APIResponse(
      responseCode = "200",
      description = "What was erased.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SandboxResetResponse.class),
              examples =
                  @ExampleObject(
                      name = "reset",
                      value =
                          "{\"object\":\"sandbox_reset\",\"livemode\":false,\"deleted\":"
                              + "{\"customers\":30,\"jobs\":18,\"invoices\":11,\"payments\":6,"
                              + "\"events\":142}}")))
  public SandboxResetResponse reset() {
    return new SandboxResetResponse("sandbox_reset", false, ErasedObjects.of(sandbox.reset()));
  }

  @GET
  @Path("clock")
  @Operation(
      operationId = "getSandboxClock",
      summary = "Read the sandbox clock",
      description = "Test-mode time, and how far it runs ahead of real time.")
  @APIResponse(
      responseCode = "200",
      description = "The sandbox clock.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SandboxClockResponse.class),
              examples = @ExampleObject(name = "clock", value = CLOCK_EXAMPLE)))
  public SandboxClockResponse clock() {
    return SandboxClockResponse.of(sandbox.clock());
  }

  @POST
  @Path("clock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "advanceSandboxClock",
      summary = "Advance the sandbox clock",
      description =
          "Moves test-mode time forward, by advance_by or to advance_to (exactly one), at most"
              + " 3660 days ahead of real time; it never goes back, except by a reset. Then applies"
              + " the time-based rules at once: open invoices now past their due date become"
              + " overdue (invoice.overdue), and scheduled jobs whose start has come show due."
              + " Test-mode time keeps running from there. Needs the same scopes as seed.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AdvanceSandboxClockRequest.class),
              examples = {
                @ExampleObject(name = "by", value = "{\"advance_by\":\"P31D\"}"),
                @ExampleObject(name = "to", value = "{\"advance_to\":\"2027-01-01T09:00:00Z\"}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "The clock after the move.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SandboxClockResponse.class),
              examples = @ExampleObject(name = "clock", value = CLOCK_EXAMPLE)))
  public SandboxClockResponse advance(@NotNull @Valid AdvanceSandboxClockRequest body) {
    boolean by = body.advanceBy() != null;
    boolean to = body.advanceTo() != null;
    if (by == to) {
      throw invalid(
          by ? "advance_to" : "advance_by",
          by ? "give advance_by or advance_to, not both" : "give advance_by or advance_to");
    }
    SandboxClockState state =
        by
            ? sandbox.advanceBy(parse(body.advanceBy()), "advance_by")
            : sandbox.advanceTo(body.advanceTo(), "advance_to");
    return SandboxClockResponse.of(state);
  }

  private static Duration parse(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(
          "advance_by",
          "must be an ISO 8601 duration in days, hours, minutes or seconds, such as P3D or PT6H");
    }
  }

  private static ProblemException invalid(String field, String message) {
    return ProblemException.invalidField(field, message);
  }
}
