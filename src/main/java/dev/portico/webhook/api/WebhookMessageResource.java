package dev.portico.webhook.api;

import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import dev.portico.webhook.WebhookMessageService;
import dev.portico.webhook.domain.WebhookAttempt;
import dev.portico.webhook.domain.WebhookMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/webhook-endpoints/{id}/messages}: what was sent to an endpoint, and how. */
@ApplicationScoped
@Path("v1/webhook-endpoints/{endpoint}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class WebhookMessageResource {

  static final String MESSAGE_EXAMPLE =
      """
      {"id":"msg_0GZlGz3ZzMXlqC1aYw8N1w","object":"webhook_message","livemode":false,
       "endpoint":"whep_0GZlGz3ZzMXlqC1aYw8N1w","event":"evt_0GZlGz3ZzMXlqC1aYw8N1w",
       "event_type":"customer.created","status":"succeeded","attempts":1,
       "next_attempt_at":null,"last_attempt_at":"2026-12-05T09:20:45.200Z",
       "payload":{"id":"evt_0GZlGz3ZzMXlqC1aYw8N1w","type":"customer.created",
        "timestamp":"2026-12-05T09:20:45.123Z","livemode":false,"api_version":"v1",
        "data":{"object":{"id":"cus_0GZlGz3ZzMXlqC1aYw8N1w","object":"customer",
         "name":"Ada King"}}},
       "created_at":"2026-12-05T09:20:45.150Z","updated_at":"2026-12-05T09:20:45.290Z"}
      """;
  static final String TEST_MESSAGE_EXAMPLE =
      """
      {"id":"msg_0GZlGz3ZzMXlqC1aYw8N1w","object":"webhook_message","livemode":false,
       "endpoint":"whep_0GZlGz3ZzMXlqC1aYw8N1w","event":"evt_0GZlGz3ZzMXlqC1aYw8N1w",
       "event_type":"webhook.test","status":"pending","attempts":0,
       "next_attempt_at":"2026-12-05T09:20:45.123Z","last_attempt_at":null,
       "payload":{"id":"evt_0GZlGz3ZzMXlqC1aYw8N1w","type":"webhook.test",
        "timestamp":"2026-12-05T09:20:45.123Z","livemode":false,"api_version":"v1",
        "data":{"object":{"object":"webhook_test","endpoint":"whep_0GZlGz3ZzMXlqC1aYw8N1w",
         "message":"A test event sent from Portico."}}},
       "created_at":"2026-12-05T09:20:45.123Z","updated_at":"2026-12-05T09:20:45.123Z"}
      """;
  private static final String ATTEMPT_EXAMPLE =
      """
      {"id":"atmpt_0GZlGz3ZzMXlqC1aYw8N1w","object":"webhook_attempt","livemode":false,
       "message":"msg_0GZlGz3ZzMXlqC1aYw8N1w","endpoint":"whep_0GZlGz3ZzMXlqC1aYw8N1w",
       "attempt_number":1,"url":"https://partner.example.com/webhooks/portico",
       "attempted_at":"2026-12-05T09:20:45.123Z","duration_ms":87,"response_status":503,
       "response_body":"upstream unavailable","error_kind":null,"error_detail":null}
      """;

  @Inject WebhookMessageService messages;
  @Inject CursorCodec cursors;
  @Context UriInfo uri;

  @GET
  @RequiresScope(Scope.WEBHOOKS_READ)
  @Operation(
      operationId = "listWebhookMessages",
      summary = "List an endpoint's messages",
      description = "Newest first; filter by status and event_type.")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only messages in this status.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"pending", "succeeded", "failed"}),
      example = "failed")
  @Parameter(
      name = "event_type",
      in = ParameterIn.QUERY,
      description = "Only messages of this event type.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 64),
      example = "job.completed")
  @APIResponse(
      responseCode = "200",
      description = "A page of messages.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookMessageList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + MESSAGE_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@PathParam("endpoint") String endpoint, @BeanParam ListParams params) {
    ListQuery<WebhookMessage> query =
        ListQuery.of(WebhookMessageListing.SPEC, params, uri, cursors);
    return ListResponses.page(
        messages.list(endpoint, query), query, WebhookMessageResponse::of, cursors, uri);
  }

  @GET
  @Path("{message}")
  @RequiresScope(Scope.WEBHOOKS_READ)
  @Operation(operationId = "retrieveWebhookMessage", summary = "Retrieve a message")
  @APIResponse(
      responseCode = "200",
      description = "The message.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookMessageResponse.class),
              examples = @ExampleObject(name = "message", value = MESSAGE_EXAMPLE)))
  public WebhookMessageResponse retrieve(
      @PathParam("endpoint") String endpoint, @PathParam("message") String message) {
    return WebhookMessageResponse.of(messages.get(endpoint, message));
  }

  @GET
  @Path("{message}/attempts")
  @RequiresScope(Scope.WEBHOOKS_READ)
  @Operation(
      operationId = "listWebhookAttempts",
      summary = "List a message's attempts",
      description =
          "The delivery log of one message, oldest first: time, duration, status, the first 4 KiB"
              + " of the answer, and the kind of error when no answer came.")
  @APIResponse(
      responseCode = "200",
      description = "A page of attempts.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookAttemptList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + ATTEMPT_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response attempts(
      @PathParam("endpoint") String endpoint,
      @PathParam("message") String message,
      @BeanParam ListParams params) {
    ListQuery<WebhookAttempt> query =
        ListQuery.of(WebhookAttemptListing.SPEC, params, uri, cursors);
    return ListResponses.page(
        messages.attempts(endpoint, message, query),
        query,
        WebhookAttemptResponse::of,
        cursors,
        uri);
  }

  @POST
  @Path("{message}/resend")
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "resendWebhookMessage",
      summary = "Resend a message",
      description =
          "A new round of attempts with the same webhook-id, the first at once, whatever the"
              + " message's state.")
  @APIResponse(
      responseCode = "202",
      description = "The message, due again.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookMessageResponse.class),
              examples = @ExampleObject(name = "queued", value = MESSAGE_EXAMPLE)))
  public Response resend(
      @PathParam("endpoint") String endpoint, @PathParam("message") String message) {
    return Response.accepted(WebhookMessageResponse.of(messages.resend(endpoint, message))).build();
  }
}
