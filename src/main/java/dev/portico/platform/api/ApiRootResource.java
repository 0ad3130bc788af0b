package dev.portico.platform.api;

import dev.portico.platform.deprecation.DeprecatedOperation;
import dev.portico.platform.security.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1}: what this API is, which versions exist, and where its docs are. */
@ApplicationScoped
@Path("v1")
@Tag(name = "API")
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
public class ApiRootResource {

  static final String EXAMPLE =
      """
      {"object":"api","name":"Portico API","current_version":"v1",
       "versions":[{"version":"v1","status":"current","base_path":"/api/v1","released_on":"2026-11-23"}],
       "links":{"documentation":"/docs","reference":"/openapi/ui","openapi":"/openapi",
                "changelog":"/api/v1/changelog","health":"/health"}}
      """;

  private static final ApiDescription DESCRIPTION =
      new ApiDescription(
          "api",
          "Portico API",
          "v1",
          List.of(new ApiVersion("v1", "current", "/api/v1", LocalDate.of(2026, 11, 23))),
          Map.of(
              "documentation", "/docs",
              "reference", "/openapi/ui",
              "openapi", "/openapi",
              "changelog", "/api/v1/changelog",
              "health", "/health"));

  @GET
  @Operation(
      operationId = "getApi",
      summary = "Describe the API",
      description =
          "The API's name, its versions and links to its documentation. No key needed; a key that is sent is checked.")
  @APIResponse(
      responseCode = "200",
      description = "The API description.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiDescription.class),
              examples = @ExampleObject(name = "api", value = EXAMPLE)))
  public ApiDescription describe() {
    return DESCRIPTION;
  }

  /** The first name of {@link #describe()}, kept for old clients until its sunset. */
  @GET
  @Path("about")
  @Deprecated
  @DeprecatedOperation(since = "2026-11-23", sunset = "2027-06-01", successor = "/api/v1")
  @Operation(
      operationId = "getApiAbout",
      summary = "Describe the API (deprecated alias of GET /api/v1)",
      description =
          "Answers like GET /api/v1 with Deprecation, Sunset and Link headers. Use GET /api/v1.")
  @APIResponse(
      responseCode = "200",
      description = "The API description, with deprecation headers.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiDescription.class),
              examples = @ExampleObject(name = "api", value = EXAMPLE)))
  public ApiDescription about() {
    return DESCRIPTION;
  }
}
