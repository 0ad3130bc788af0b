package dev.portico.platform.api;

import dev.portico.platform.paging.ListPage;
import dev.portico.platform.security.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/changelog}: every change to the API, newest first. */
@ApplicationScoped
@Path("v1/changelog")
@Tag(name = "API")
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
public class ChangelogResource {

  @Inject Changelog changelog;

  @GET
  @Operation(
      operationId = "listChangelog",
      summary = "List API changes",
      description =
          "Additions, changes, deprecations and removals, newest first. No key needed; a key that is sent is checked.")
  @APIResponse(
      responseCode = "200",
      description = "The changelog as a list.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      name = "ChangelogList",
                      type = SchemaType.OBJECT,
                      properties = {
                        @SchemaProperty(
                            name = "object",
                            type = SchemaType.STRING,
                            example = "list"),
                        @SchemaProperty(
                            name = "data",
                            type = SchemaType.ARRAY,
                            implementation = ChangelogEntry.class),
                        @SchemaProperty(name = "has_more", type = SchemaType.BOOLEAN),
                        @SchemaProperty(
                            name = "next_cursor",
                            type = SchemaType.STRING,
                            nullable = true)
                      }),
              examples =
                  @ExampleObject(
                      name = "changelog",
                      value =
                          """
                          {"object":"list","data":[{"object":"changelog_entry","date":"2026-11-23",
                           "version":"v1","kind":"added","summary":"API v1 published."}],
                           "has_more":false,"next_cursor":null}
                          """)))
  public ListPage<ChangelogEntry> list() {
    return ListPage.complete(changelog.entries());
  }
}
