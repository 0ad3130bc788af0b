package dev.portico.event.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * An event as Portico publishes it, to webhook endpoints and to the JMS topic alike: {@code
 * {"id","type","timestamp","livemode","api_version","data":{"object":…}}} (SPEC, "Webhooks").
 */
public final class EventEnvelope {

  public static final String API_VERSION = "v1";

  private EventEnvelope() {}

  /** {@code objectJson} is the object as the API showed it, as stored with the event. */
  public static String json(
      String eventId, String type, Instant at, boolean livemode, String objectJson) {
    return json(eventId, type, at, livemode, parse(objectJson));
  }

  public static String json(
      String eventId, String type, Instant at, boolean livemode, JsonObject object) {
    return Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", type)
        .add("timestamp", DateTimeFormatter.ISO_INSTANT.format(at))
        .add("livemode", livemode)
        .add("api_version", API_VERSION)
        .add("data", Json.createObjectBuilder().add("object", object))
        .build()
        .toString();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
