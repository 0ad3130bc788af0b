package dev.portico.operator.api;

import dev.portico.account.domain.Organization;
import dev.portico.operator.OperatorService;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/organizations}: every organization, for the operator only, and the plan change
 * that sets an organization's quota and rate-limit ceiling.
 */
@ApplicationScoped
@Path("v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations (operator)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class OrganizationResource {

  private static final String ORGANIZATION_EXAMPLE =
      """
      {"id":"org_0GZlGz3ZzMXlqC1aYw8N1w","object":"organization","name":"Acme Field Apps",
       "plan":"basic","monthly_requests":100000,"max_rate_limit_tier":"standard",
       "operator":false,"time_zone":"UTC","created_at":"2026-11-24T09:20:45.123Z",
       "updated_at":"2026-11-24T09:20:45.123Z"}
      """;

  @Inject OperatorService operator;
  @Inject CursorCodec cursors;
  @Context UriInfo uri;

  @GET
  @RequiresScope(Scope.ORGANIZATIONS_READ)
  @Operation(
      operationId = "listOrganizations",
      summary = "List organizations (operator)",
      description =
          "Every organization, for the operator (the business that runs Portico) only: a key or"
              + " member of the operator's organization with organizations:read. Newest first by"
              + " default; sort: created_at or name.")
  @Parameter(
      name = "plan",
      in = ParameterIn.QUERY,
      description = "Only organizations on this plan.",
      schema = @Schema(type = SchemaType.STRING),
      example = "basic")
  @APIResponse(
      responseCode = "200",
      description = "A page of organizations.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + ORGANIZATION_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<Organization> query = ListQuery.of(OrganizationListing.SPEC, params, uri, cursors);
    return ListResponses.page(operator.organizations(query), query, this::response, cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.ORGANIZATIONS_READ)
  @Operation(operationId = "retrieveOrganization", summary = "Retrieve an organization (operator)")
  @APIResponse(
      responseCode = "200",
      description = "The organization.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationResponse.class),
              examples = @ExampleObject(name = "organization", value = ORGANIZATION_EXAMPLE)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,plan")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, OrganizationListing.SPEC.fields());
    return tagged(operator.organization(id), selection);
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.ORGANIZATIONS_WRITE)
  @Operation(
      operationId = "updateOrganization",
      summary = "Change an organization's plan (operator)",
      description =
          "Moves the organization to another plan: its monthly quota and the highest rate-limit"
              + " tier its keys may have. Keys above the new ceiling are held to it at once on"
              + " this server and within portico.quotas.plan-cache (30 s) on the others. Audited"
              + " in the operator's log and in the organization's live log.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateOrganizationRequest.class),
              examples = @ExampleObject(name = "upgrade", value = "{\"plan\":\"enterprise\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The organization on its new plan.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationResponse.class),
              examples = @ExampleObject(name = "organization", value = ORGANIZATION_EXAMPLE)))
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the organization changed since.")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid UpdateOrganizationRequest body) {
    return tagged(operator.changePlan(id, IfMatch.parse(ifMatch), body.plan()), FieldSelection.ALL);
  }

  private Response tagged(Organization organization, FieldSelection selection) {
    return ObjectResponses.ok(selection.apply(response(organization)), organization.version());
  }

  private OrganizationResponse response(Organization organization) {
    return OrganizationResponse.of(organization, operator.planOf(organization));
  }
}
