package dev.portico.event.api;

import dev.portico.event.EventService;
import dev.portico.event.domain.Event;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** {@code /api/v1/events}: what happened to the objects the caller may read, newest first. */
@ApplicationScoped
@Path("v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class EventResource {

  private static final String EVENT_EXAMPLE =
      """
      {"id":"evt_0GZlGz3ZzMXlqC1aYw8N1w","object":"event","type":"customer.created",
       "api_version":"v1","livemode":false,"data":{"object":{"id":"cus_0GZlGz3ZzMXlqC1aYw8N1w",
       "object":"customer","livemode":false,"name":"Ada Lovelace","email":"ada@example.com",
       "metadata":{},"created_at":"2026-11-24T09:20:45.123Z",
       "updated_at":"2026-11-24T09:20:45.123Z"}},
       "created_at":"2026-11-24T09:20:45.123Z","updated_at":"2026-11-24T09:20:45.123Z"}
      """;

  @Inject EventService events;
  @Inject CursorCodec cursors;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "List events",
      description =
          "Newest first; sort: created_at. Only events about objects the credential may read"
              + " (customers:read for customer.*, jobs:read for job.*, and so on).")
  @Parameter(
      name = "type",
      in = ParameterIn.QUERY,
      description = "Only events of this type.",
      example = "customer.created",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "object",
      in = ParameterIn.QUERY,
      description = "Only events about the object with this id.",
      example = "cus_0GZlGz3ZzMXlqC1aYw8N1w",
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "A page of events.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + EVENT_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<Event> query = ListQuery.of(EventListing.SPEC, params, uri, cursors);
    return ListResponses.page(events.list(query), query, EventResponse::of, cursors, uri);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "retrieveEvent", summary = "Retrieve an event")
  @APIResponse(
      responseCode = "200",
      description = "The event.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventResponse.class),
              examples = @ExampleObject(name = "event", value = EVENT_EXAMPLE)))
  public Object retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.") @QueryParam("fields")
          String fields) {
    return FieldSelection.parse(fields, EventListing.SPEC.fields())
        .apply(EventResponse.of(events.get(id)));
  }
}
