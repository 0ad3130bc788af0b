package dev.portico.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/** Builds the single {@link Jsonb} every Portico response and request body goes through. */
public final class PorticoJsonb {

  /** Yasson's switch (JSON-B 3.0 has no standard one): refuse a body with an unknown field. */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb INSTANCE = JsonbBuilder.create(config());
  private static final Jsonb PRETTY = JsonbBuilder.create(config().withFormatting(true));

  private PorticoJsonb() {}

  public static Jsonb get() {
    return INSTANCE;
  }

  /** The same, indented for people to read (pages show API answers with it). */
  public static Jsonb pretty() {
    return PRETTY;
  }

  static JsonbConfig config() {
    return new JsonbConfig()
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
        .withNullValues(false)
        .withDeserializers(new StrictStringDeserializer())
        .withDeserializers(StrictNumbers.deserializers())
        .withDeserializers(StrictDates.deserializers())
        .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
  }
}
