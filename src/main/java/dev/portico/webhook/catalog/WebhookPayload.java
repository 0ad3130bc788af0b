package dev.portico.webhook.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a webhook delivery (a Standard Webhooks event): the event's id, type, time and mode,
 * and the object after the change in {@code data.object}, as the API shows it.
 *
 * @param <T> the record of the object, the same the API answers with
 */
@JsonbPropertyOrder({"id", "type", "timestamp", "livemode", "apiVersion", "data"})
public record WebhookPayload<T>(
    @Schema(description = "The event's id (evt_…), the same as in GET /api/v1/events.") String id,
    @Schema(description = "What happened, <object>.<change>.") String type,
    @Schema(description = "When it happened (RFC 3339, UTC).") Instant timestamp,
    @Schema(description = "Whether the event happened in live mode (false: test mode).")
        boolean livemode,
    @Schema(description = "The API version the object is shown in.") String apiVersion,
    @Schema(description = "What the event is about.") Data<T> data) {

  /** The API version every payload is written in today. */
  public static final String API_VERSION = "v1";

  /**
   * The event's {@code data}: the object it is about.
   *
   * @param <T> the record of the object
   */
  public record Data<T>(
      @Schema(description = "The object right after the change, as the API shows it.") T object) {}
}
