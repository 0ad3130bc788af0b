package dev.portico.portal.samples;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Receives Portico webhooks in a Jakarta REST application. */
@Path("webhooks/portico")
public class WebhookReceiver {

  private final WebhookVerifier verifier =
      new WebhookVerifier(System.getenv("PORTICO_WEBHOOK_SECRET"));

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(
      @HeaderParam("webhook-id") String id,
      @HeaderParam("webhook-timestamp") String timestamp,
      @HeaderParam("webhook-signature") String signatures,
      byte[] rawBody) { // byte[]: the body as received, not a parsed and re-encoded object
    if (!verifier.verify(id, timestamp, signatures, rawBody)) {
      return Response.status(Response.Status.BAD_REQUEST).build();
    }
    // Parse rawBody now. Deliveries are at least once: skip an id you have already handled.
    return Response.noContent().build();
  }
}
