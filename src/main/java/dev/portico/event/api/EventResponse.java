package dev.portico.event.api;

import dev.portico.event.domain.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the API shows it; {@code data.object} is the object right after the change. */
@Schema(name = "Event")
@JsonbPropertyOrder({
  "id",
  "object",
  "type",
  "apiVersion",
  "livemode",
  "data",
  "createdAt",
  "updatedAt"
})
public record EventResponse(
    @Schema(example = "evt_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"event\".", example = "event") String object,
    @Schema(description = "What happened, <object>.<change>.", example = "customer.created")
        String type,
    @Schema(description = "The API version the object is shown in.", example = "v1")
        String apiVersion,
    boolean livemode,
    @Schema(
            type = SchemaType.OBJECT,
            description = "{\"object\": the object after the change, as the API shows it}")
        JsonObject data,
    Instant createdAt,
    @Schema(description = "Events never change: always created_at.") Instant updatedAt) {

  public static EventResponse of(Event event) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(event.data()))) {
      object = reader.readObject();
    }
    return new EventResponse(
        event.id(),
        "event",
        event.type(),
        "v1",
        event.livemode(),
        Json.createObjectBuilder().add("object", object).build(),
        event.createdAt(),
        event.createdAt());
  }
}
