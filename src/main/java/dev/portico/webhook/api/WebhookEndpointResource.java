package dev.portico.webhook.api;

import dev.portico.platform.api.DeletedObjectResponse;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import dev.portico.webhook.IssuedEndpoint;
import dev.portico.webhook.WebhookEndpointService;
import dev.portico.webhook.domain.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/webhook-endpoints}: the caller's organization's endpoints in the caller's mode.
 */
@ApplicationScoped
@Path("v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class WebhookEndpointResource {

  static final String ENDPOINT_EXAMPLE =
      """
      {"id":"whep_0GZlGz3ZzMXlqC1aYw8N1w","object":"webhook_endpoint","livemode":false,
       "url":"https://partner.example.com/webhooks/portico","description":"Dispatch board",
       "enabled_events":["invoice.paid","job.completed"],"status":"enabled",
       "disabled_reason":null,"failing_since":null,
       "created_at":"2026-12-05T09:20:45.123Z","updated_at":"2026-12-05T09:20:45.123Z"}
      """;
  private static final String ISSUED_EXAMPLE =
      """
      {"id":"whep_0GZlGz3ZzMXlqC1aYw8N1w","object":"webhook_endpoint","livemode":false,
       "url":"https://partner.example.com/webhooks/portico","description":"Dispatch board",
       "enabled_events":["invoice.paid","job.completed"],"status":"enabled",
       "disabled_reason":null,"failing_since":null,
       "secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwXbZ1mJ3mYzE=",
       "created_at":"2026-12-05T09:20:45.123Z","updated_at":"2026-12-05T09:20:45.123Z"}
      """;
  private static final String SECRET_EXAMPLE =
      """
      {"object":"webhook_endpoint_secret","endpoint":"whep_0GZlGz3ZzMXlqC1aYw8N1w",
       "secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwXbZ1mJ3mYzE=",
       "previous_secrets":[{"secret":"whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oDcmSSaKp6U9s=",
       "expires_at":"2026-12-06T09:20:45.123Z"}]}
      """;

  @Inject WebhookEndpointService endpoints;
  @Inject CursorCodec cursors;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "createWebhookEndpoint",
      summary = "Create a webhook endpoint",
      description =
          "Events of the chosen types in the caller's organization and mode are POSTed to the URL,"
              + " signed as Standard Webhooks. The response is the only time the signing secret is"
              + " shown without an audited reveal.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateWebhookEndpointRequest.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      value =
                          "{\"url\":\"https://partner.example.com/webhooks/portico\","
                              + "\"description\":\"Dispatch board\","
                              + "\"enabled_events\":[\"job.completed\",\"invoice.paid\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "The endpoint, with its signing secret.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEndpointResponse.class),
              examples = @ExampleObject(name = "created", value = ISSUED_EXAMPLE)))
  public Response create(@NotNull @Valid CreateWebhookEndpointRequest body) {
    IssuedEndpoint issued = endpoints.create(WebhookEndpointMapper.create(body));
    WebhookEndpoint endpoint = issued.endpoint();
    return ObjectResponses.created(
        uri.getAbsolutePathBuilder().path(endpoint.id()).build(),
        WebhookEndpointResponse.of(endpoint, issued.secret()),
        endpoint.version());
  }

  @GET
  @RequiresScope(Scope.WEBHOOKS_READ)
  @Operation(
      operationId = "listWebhookEndpoints",
      summary = "List webhook endpoints",
      description = "Newest first. Secrets are never listed.")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only endpoints in this status.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"enabled", "disabled"}),
      example = "enabled")
  @APIResponse(
      responseCode = "200",
      description = "A page of endpoints.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEndpointList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + ENDPOINT_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<WebhookEndpoint> query =
        ListQuery.of(WebhookEndpointListing.SPEC, params, uri, cursors);
    return ListResponses.page(
        endpoints.list(query), query, WebhookEndpointResponse::of, cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.WEBHOOKS_READ)
  @Operation(operationId = "retrieveWebhookEndpoint", summary = "Retrieve a webhook endpoint")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEndpointResponse.class),
              examples = @ExampleObject(name = "endpoint", value = ENDPOINT_EXAMPLE)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,url")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, WebhookEndpointListing.SPEC.fields());
    WebhookEndpoint endpoint = endpoints.get(id);
    return ObjectResponses.ok(
        selection.apply(WebhookEndpointResponse.of(endpoint)), endpoint.version());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "updateWebhookEndpoint",
      summary = "Update a webhook endpoint",
      description =
          "Changes only the fields sent. Disabling stops deliveries (pending messages fail);"
              + " enabling forgets past failures.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateWebhookEndpointRequest.class),
              examples =
                  @ExampleObject(
                      name = "every event",
                      value = "{\"enabled_events\":[\"*\"],\"description\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The endpoint after the change.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEndpointResponse.class),
              examples = @ExampleObject(name = "endpoint", value = ENDPOINT_EXAMPLE)))
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the endpoint changed since.")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull JsonObject body) {
    PatchBody<UpdateWebhookEndpointRequest> patch =
        PatchBody.ofValid(body, UpdateWebhookEndpointRequest.class, validator);
    WebhookEndpoint endpoint =
        endpoints.update(
            id, IfMatch.parse(ifMatch), current -> WebhookEndpointMapper.update(current, patch));
    return ObjectResponses.ok(WebhookEndpointResponse.of(endpoint), endpoint.version());
  }

  @DELETE
  @Path("{id}")
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "deleteWebhookEndpoint",
      summary = "Delete a webhook endpoint",
      description = "Deletes the endpoint with its secrets, messages and delivery log.")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint is gone.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeletedObjectResponse.class),
              examples =
                  @ExampleObject(
                      name = "deleted",
                      value =
                          "{\"id\":\"whep_0GZlGz3ZzMXlqC1aYw8N1w\",\"object\":"
                              + "\"webhook_endpoint\",\"livemode\":false,\"deleted\":true}")))
  public DeletedObjectResponse delete(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the endpoint changed since.")
          @HeaderParam("If-Match")
          String ifMatch) {
    WebhookEndpoint endpoint = endpoints.delete(id, IfMatch.parse(ifMatch));
    return DeletedObjectResponse.of(endpoint.id(), "webhook_endpoint", endpoint.livemode());
  }

  @POST
  @Path("{id}/rotate-secret")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "rotateWebhookEndpointSecret",
      summary = "Rotate an endpoint's signing secret",
      description =
          "Issues a new secret, shown only in this response. For expire_previous_in seconds"
              + " (default 86400; 0 ends it at once) every delivery carries both signatures,"
              + " space separated, so a receiver can switch without losing a delivery.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RotateWebhookSecretRequest.class),
              examples =
                  @ExampleObject(name = "one hour", value = "{\"expire_previous_in\":3600}")))
  @APIResponse(
      responseCode = "200",
      description = "The endpoint with its new secret.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEndpointResponse.class),
              examples = @ExampleObject(name = "rotated", value = ISSUED_EXAMPLE)))
  public Response rotateSecret(@PathParam("id") String id, @Valid RotateWebhookSecretRequest body) {
    Duration overlap =
        body == null || body.expirePreviousIn() == null
            ? WebhookEndpointService.DEFAULT_OVERLAP
            : Duration.ofSeconds(body.expirePreviousIn());
    IssuedEndpoint issued = endpoints.rotateSecret(id, overlap);
    return ObjectResponses.ok(
        WebhookEndpointResponse.of(issued.endpoint(), issued.secret()),
        issued.endpoint().version());
  }

  /** The same rotation sent without a body: the default overlap. */
  @POST
  @Path("{id}/rotate-secret")
  @Operation(hidden = true)
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  public Response rotateSecretWithoutBody(@PathParam("id") String id) {
    return rotateSecret(id, null);
  }

  @GET
  @Path("{id}/secret")
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "revealWebhookEndpointSecret",
      summary = "Reveal an endpoint's signing secrets",
      description =
          "The secrets that sign now: the current one and, during a rotation's overlap, the"
              + " replaced ones. Every reveal is recorded in the audit log. Needs webhooks:write.")
  @APIResponse(
      responseCode = "200",
      description = "The secrets.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookSecretResponse.class),
              examples = @ExampleObject(name = "secrets", value = SECRET_EXAMPLE)))
  public WebhookSecretResponse revealSecret(@PathParam("id") String id) {
    return WebhookSecretResponse.of(endpoints.revealSecrets(id));
  }

  @POST
  @Path("{id}/test")
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "sendWebhookTest",
      summary = "Send a test event",
      description =
          "Sends webhook.test to this endpoint alone, whatever its enabled_events, like any other"
              + " message: signed, retried, and in the endpoint's messages.")
  @APIResponse(
      responseCode = "202",
      description = "The test message, queued for delivery.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookMessageResponse.class),
              examples =
                  @ExampleObject(
                      name = "queued",
                      value = WebhookMessageResource.TEST_MESSAGE_EXAMPLE)))
  public Response sendTest(@PathParam("id") String id) {
    return Response.accepted(WebhookMessageResponse.of(endpoints.sendTest(id))).build();
  }

  @POST
  @Path("{id}/recover")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.WEBHOOKS_WRITE)
  @Operation(
      operationId = "recoverWebhookMessages",
      summary = "Resend failed messages",
      description =
          "Every failed message of the endpoint created since the time given is due again now,"
              + " with its own webhook-id and a new round of retries (at most 10 000 a call).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecoverMessagesRequest.class),
              examples =
                  @ExampleObject(name = "since", value = "{\"since\":\"2026-12-01T00:00:00Z\"}")))
  @APIResponse(
      responseCode = "202",
      description = "How many messages are due again.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecoveryResponse.class),
              examples =
                  @ExampleObject(
                      name = "recovered",
                      value =
                          "{\"object\":\"webhook_recovery\",\"endpoint\":"
                              + "\"whep_0GZlGz3ZzMXlqC1aYw8N1w\",\"since\":"
                              + "\"2026-12-01T00:00:00Z\",\"requeued\":12}")))
  public Response recover(@PathParam("id") String id, @NotNull @Valid RecoverMessagesRequest body) {
    int requeued = endpoints.recover(id, body.since());
    return Response.accepted(new RecoveryResponse("webhook_recovery", id, body.since(), requeued))
        .build();
  }
}
