package dev.portico.platform.api;

import dev.portico.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/echo}: answers with what it was sent, to check a client end to end. One
 * instance serves every request (no per-request construction); the injected request is a proxy.
 */
@ApplicationScoped
@Path("v1/echo")
@Tag(name = "API")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class EchoResource {

  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "echo",
      summary = "Echo a JSON body",
      description =
          "Returns the message and data it was sent with the request id. Use it to check that a"
              + " client authenticates, serializes JSON, reads problems and logs request ids"
              + " correctly. Any valid key may call it; no scope is needed.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EchoRequest.class),
              examples =
                  @ExampleObject(
                      name = "echo",
                      value = "{\"message\":\"hello\",\"data\":{\"job\":\"job_123\"}}")))
  @APIResponse(
      responseCode = "200",
      description = "The echoed body.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EchoResponse.class),
              examples =
                  @ExampleObject(
                      name = "echo",
                      value =
                          """
                          {"object":"echo","request_id":"req_0GZlGz3ZzMXlqC1aYw8N1w",
                           "message":"hello","data":{"job":"job_123"},
                           "received_at":"2026-11-23T09:20:45.123Z"}
                          """)))
  public EchoResponse echo(@NotNull @Valid EchoRequest body) {
    return new EchoResponse(
        "echo",
        RequestIds.of(request).value(),
        body.message(),
        body.data(),
        Instant.now(Clock.systemUTC()));
  }
}
