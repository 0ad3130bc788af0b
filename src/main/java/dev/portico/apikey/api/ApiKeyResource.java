package dev.portico.apikey.api;

import dev.portico.apikey.ApiKeyService;
import dev.portico.apikey.IssuedApiKey;
import dev.portico.apikey.domain.ApiKey;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
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

/** {@code /api/v1/api-keys}: the caller's organization's keys in the caller's mode. */
@ApplicationScoped
@Path("v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class ApiKeyResource {

  private static final String KEY_EXAMPLE =
      """
      {"id":"key_0GZlGz3ZzMXlqC1aYw8N1w","object":"api_key","livemode":false,
       "name":"Billing sync","prefix":"sk_test_4eC3","scopes":["customers:read","jobs:write"],
       "status":"active","expires_at":null,"allowed_ips":["203.0.113.0/24"],
       "rate_limit_tier":"standard","rate_limit_override":null,"last_used_at":null,
       "created_at":"2026-11-24T09:20:45.123Z","updated_at":"2026-11-24T09:20:45.123Z"}
      """;
  private static final String ISSUED_EXAMPLE =
      """
      {"id":"key_0GZlGz3ZzMXlqC1aYw8N1w","object":"api_key","livemode":false,
       "name":"Billing sync","prefix":"sk_test_4eC3",
       "secret":"sk_test_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyjWDarjtT1z",
       "scopes":["customers:read","jobs:write"],"status":"active","expires_at":null,
       "allowed_ips":[],"rate_limit_tier":"standard","rate_limit_override":null,
       "last_used_at":null,"created_at":"2026-11-24T09:20:45.123Z",
       "updated_at":"2026-11-24T09:20:45.123Z"}
      """;

  @Inject ApiKeyService keys;
  @Inject CursorCodec cursors;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.API_KEYS_WRITE)
  @Operation(
      operationId = "createApiKey",
      summary = "Create an API key",
      description =
          "Creates a key in the caller's mode. The response is the only time the full key"
              + " (`secret`) is shown. Needs api_keys:write and every scope given to the key.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateApiKeyRequest.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      value =
                          "{\"name\":\"Billing sync\",\"scopes\":[\"customers:read\","
                              + "\"jobs:write\"],\"allowed_ips\":[\"203.0.113.0/24\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "The key, with its secret.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyResponse.class),
              examples = @ExampleObject(name = "created", value = ISSUED_EXAMPLE)))
  public Response create(@NotNull @Valid CreateApiKeyRequest body) {
    var issued = keys.create(ApiKeySettingsMapper.create(body, keys.now()), null);
    return ObjectResponses.created(
        uri.getAbsolutePathBuilder().path(issued.key().id()).build(),
        ApiKeyResponse.issued(issued, keys.now()),
        issued.key().version());
  }

  @GET
  @RequiresScope(Scope.API_KEYS_READ)
  @Operation(
      operationId = "listApiKeys",
      summary = "List API keys",
      description =
          "Newest first by default. sort: created_at or name. Secrets are never listed, only"
              + " their prefixes.")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only keys in this status: active, revoked or expired.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"active", "revoked", "expired"}),
      example = "active")
  @APIResponse(
      responseCode = "200",
      description = "A page of keys.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + KEY_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<ApiKey> query = ListQuery.of(ApiKeyListing.SPEC, params, uri, cursors);
    Instant now = keys.now();
    return ListResponses.page(keys.list(query), query, key -> response(key, now), cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.API_KEYS_READ)
  @Operation(operationId = "retrieveApiKey", summary = "Retrieve an API key")
  @APIResponse(
      responseCode = "200",
      description = "The key.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyResponse.class),
              examples = @ExampleObject(name = "key", value = KEY_EXAMPLE)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,name")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, ApiKeyListing.SPEC.fields());
    return tagged(keys.get(id), selection);
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.API_KEYS_WRITE)
  @Operation(
      operationId = "updateApiKey",
      summary = "Update an API key",
      description =
          "Changes only the fields sent. null clears expires_at, allowed_ips and"
              + " rate_limit_override. The change applies on every server within the key cache"
              + " bound (5 s by default).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateApiKeyRequest.class),
              examples =
                  @ExampleObject(
                      name = "rename",
                      value = "{\"name\":\"Billing sync (EU)\",\"expires_at\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The key after the change.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyResponse.class),
              examples = @ExampleObject(name = "key", value = KEY_EXAMPLE)))
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the key changed since.")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull JsonObject body) {
    PatchBody<UpdateApiKeyRequest> patch =
        PatchBody.ofValid(body, UpdateApiKeyRequest.class, validator);
    return tagged(
        keys.update(
            id,
            IfMatch.parse(ifMatch),
            current -> ApiKeySettingsMapper.update(current, patch, keys.now())),
        FieldSelection.ALL);
  }

  @POST
  @Path("{id}/rotate")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.API_KEYS_WRITE)
  @Operation(
      operationId = "rotateApiKey",
      summary = "Rotate an API key",
      description =
          "Issues a new secret for the key, shown only in this response. The replaced secret keeps"
              + " working for grace_period_seconds (default 24 h; 0 ends it at once).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RotateApiKeyRequest.class),
              examples =
                  @ExampleObject(name = "one hour", value = "{\"grace_period_seconds\":3600}")))
  @APIResponse(
      responseCode = "200",
      description = "The key with its new secret.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyResponse.class),
              examples = @ExampleObject(name = "rotated", value = ISSUED_EXAMPLE)))
  @APIResponse(
      responseCode = "409",
      description = "The key is revoked or expired.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "Problem"),
              examples =
                  @ExampleObject(
                      name = "invalid_state",
                      value =
                          "{\"type\":\"/docs/errors/invalid_state\",\"title\":\"Invalid state\","
                              + "\"status\":409,\"detail\":\"The API key is revoked; only an"
                              + " active key can be rotated.\",\"instance\":"
                              + "\"/api/v1/api-keys/key_0GZlGz3ZzMXlqC1aYw8N1w/rotate\","
                              + "\"code\":\"invalid_state\","
                              + "\"request_id\":\"req_0GZlGz3ZzMXlqC1aYw8N1w\"}")))
  public Response rotate(@PathParam("id") String id, @Valid RotateApiKeyRequest body) {
    Duration grace =
        body == null || body.gracePeriodSeconds() == null
            ? ApiKeyService.DEFAULT_ROTATION_GRACE
            : Duration.ofSeconds(body.gracePeriodSeconds());
    IssuedApiKey issued = keys.rotate(id, grace);
    return ObjectResponses.ok(ApiKeyResponse.issued(issued, keys.now()), issued.key().version());
  }

  /**
   * The same rotation sent without a body: the default grace period. A body sent here (not declared
   * JSON) is refused by RequestBodyRules.
   */
  @POST
  @Path("{id}/rotate")
  @Operation(hidden = true)
  @RequiresScope(Scope.API_KEYS_WRITE)
  public Response rotateWithoutBody(@PathParam("id") String id) {
    return rotate(id, null);
  }

  @POST
  @Path("{id}/revoke")
  @RequiresScope(Scope.API_KEYS_WRITE)
  @Operation(
      operationId = "revokeApiKey",
      summary = "Revoke an API key",
      description =
          "Every secret of the key stops working: at once on this server, within the key cache"
              + " bound (5 s by default) on the others. Revoking a revoked key changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The revoked key.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyResponse.class),
              examples = @ExampleObject(name = "revoked", value = KEY_EXAMPLE)))
  public Response revoke(@PathParam("id") String id) {
    return tagged(keys.revoke(id), FieldSelection.ALL);
  }

  private Response tagged(ApiKey key, FieldSelection selection) {
    return ObjectResponses.ok(selection.apply(response(key, keys.now())), key.version());
  }

  private ApiKeyResponse response(ApiKey key, Instant now) {
    return ApiKeyResponse.of(key, keys.lastUsedAt(key).orElse(null), now);
  }
}
