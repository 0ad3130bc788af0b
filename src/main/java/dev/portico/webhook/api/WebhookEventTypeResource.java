package dev.portico.webhook.api;

import dev.portico.platform.paging.ListPage;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import dev.portico.webhook.catalog.WebhookEventCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/webhook-events}: the event catalogue, every type Portico sends to webhook
 * endpoints with the JSON Schema of its payload and an example. The same for every organization.
 */
@ApplicationScoped
@Path("v1/webhook-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Webhooks",
    description = "Events sent to your endpoints: the catalogue of their types and payloads.")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
@RequiresScope(Scope.WEBHOOKS_READ)
public class WebhookEventTypeResource {

  /** One type with its schema cut down to a few properties; the served ones are complete. */
  private static final String TYPE_EXAMPLE =
      """
      {"object":"webhook_event_type","type":"job.completed","description":"A job was completed.",
       "schema":{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"job.completed",
        "description":"A job was completed.","type":"object",
        "properties":{"id":{"type":"string"},"type":{"type":"string","const":"job.completed"},
         "timestamp":{"type":"string","format":"date-time"},"livemode":{"type":"boolean"},
         "api_version":{"type":"string"},
         "data":{"type":"object","properties":{"object":{"type":"object",
          "properties":{"id":{"type":"string"},"status":{"type":"string",
           "enum":["unscheduled","scheduled","assigned","in_progress","completed","cancelled"]},
           "completed_at":{"type":["string","null"],"format":"date-time"}},
          "required":["id","status","completed_at"]}},"required":["object"]}},
        "required":["id","type","timestamp","livemode","api_version","data"]},
       "example":{"id":"evt_0GZlGz3ZzMXlqC1aYw8N1w","type":"job.completed",
        "timestamp":"2026-11-24T09:20:45.123Z","livemode":false,"api_version":"v1",
        "data":{"object":{"id":"job_0GZlGz3ZzMXlqC1aYw8N1w","object":"job","status":"completed",
         "completed_at":"2026-11-25T10:41:07.830Z"}}}}
      """;

  @GET
  @Operation(
      operationId = "listWebhookEventTypes",
      summary = "List webhook event types",
      description =
          "Every type of event Portico sends to webhook endpoints, each with what it means, the"
              + " JSON Schema (draft 2020-12) of its payload and an example payload. The same for"
              + " every organization and mode.")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue, on one page.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEventTypeList.class),
              examples =
                  @ExampleObject(
                      name = "catalogue",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + TYPE_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public ListPage<WebhookEventTypeResponse> list() {
    return ListPage.complete(
        WebhookEventCatalog.standard().entries().stream()
            .map(WebhookEventTypeResponse::of)
            .toList());
  }

  @GET
  @Path("{type}")
  @Operation(operationId = "retrieveWebhookEventType", summary = "Retrieve a webhook event type")
  @APIResponse(
      responseCode = "200",
      description = "The event type, its schema and an example.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEventTypeResponse.class),
              examples = @ExampleObject(name = "type", value = TYPE_EXAMPLE)))
  public WebhookEventTypeResponse retrieve(
      @Parameter(description = "The event type.", example = "job.completed") @PathParam("type")
          String type) {
    return WebhookEventCatalog.standard()
        .find(type)
        .map(WebhookEventTypeResponse::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    ErrorCode.RESOURCE_NOT_FOUND, "No webhook event type '" + type + "'."));
  }
}
