package dev.portico.audit.api;

import dev.portico.audit.AuditEventService;
import dev.portico.audit.domain.AuditEvent;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

/** {@code /api/v1/audit-events}: the audit log of the caller's organization and mode. */
@ApplicationScoped
@Path("v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
@RequiresScope(Scope.AUDIT_READ)
public class AuditEventResource {

  private static final String EVENT_EXAMPLE =
      """
      {"id":"aud_0GZlGz3ZzMXlqC1aYw8N1w","object":"audit_event","livemode":false,
       "action":"api_key.updated","actor":{"type":"api_key","id":"key_0GZlGz3ZzMXlqC1aYw8N1v"},
       "target":{"type":"api_key","id":"key_0GZlGz3ZzMXlqC1aYw8N1w"},
       "changes":{"name":{"before":"Billing","after":"Billing sync"}},"ip":"203.0.113.7",
       "request_id":"req_0GZlGz3ZzMXlqC1aYw8N1w","created_at":"2026-11-24T09:20:45.123Z",
       "updated_at":"2026-11-24T09:20:45.123Z"}
      """;

  @Inject AuditEventService events;
  @Inject CursorCodec cursors;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listAuditEvents",
      summary = "List audit events",
      description = "Newest first; filter by action, by target id and by creation time.")
  @Parameter(
      name = "action",
      in = ParameterIn.QUERY,
      description = "Only this action.",
      schema = @Schema(type = SchemaType.STRING),
      example = "api_key.revoked")
  @Parameter(
      name = "target",
      in = ParameterIn.QUERY,
      description = "Only events about this object id.",
      schema = @Schema(type = SchemaType.STRING),
      example = "key_0GZlGz3ZzMXlqC1aYw8N1w")
  @APIResponse(
      responseCode = "200",
      description = "A page of events.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditEventList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + EVENT_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<AuditEvent> query = ListQuery.of(AuditEventListing.SPEC, params, uri, cursors);
    return ListResponses.page(events.list(query), query, AuditEventResponse::of, cursors, uri);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "retrieveAuditEvent", summary = "Retrieve an audit event")
  @APIResponse(
      responseCode = "200",
      description = "The event.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditEventResponse.class),
              examples = @ExampleObject(name = "event", value = EVENT_EXAMPLE)))
  public AuditEventResponse retrieve(@PathParam("id") String id) {
    return AuditEventResponse.of(events.get(id));
  }
}
