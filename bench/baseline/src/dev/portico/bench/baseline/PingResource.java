package dev.portico.bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /baseline/ping}: a constant JSON string, so only the container's own cost is left. */
@Path("ping")
public class PingResource {

  private static final String PONG = "{\"object\":\"ping\",\"status\":\"ok\"}";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String ping() {
    return PONG;
  }
}
