package dev.portico.platform.openapi;

import dev.portico.platform.time.Rfc3339;
import dev.portico.platform.validation.Metadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What every schema of the document states: an object with listed properties has no others (the
 * server's JSON is strict both ways: an unknown field sent is a 400, and nothing unlisted is sent).
 */
final class SchemaRules {

  private SchemaRules() {}

  static Schema complete(Schema schema) {
    boundTimes(schema);
    if (schema.getRef() == null
        && schema.getType() == Schema.SchemaType.OBJECT
        && schema.getProperties() != null
        && !schema.getProperties().isEmpty()
        && schema.getAdditionalPropertiesBoolean() == null
        && schema.getAdditionalPropertiesSchema() == null) {
      schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
    } else if (schema.getRef() == null
        && schema.getType() == Schema.SchemaType.OBJECT
        && (schema.getProperties() == null || schema.getProperties().isEmpty())
        && schema.getAllOf() == null
        && schema.getAdditionalPropertiesBoolean() == null
        && schema.getAdditionalPropertiesSchema() == null) {
      // A free-form object (an event's data, an echoed payload) says so.
      schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
    }
    return schema;
  }

  /** A date-time or a date is as long as Rfc3339 reads them, at most. */
  private static void boundTimes(Schema schema) {
    if (schema.getType() != Schema.SchemaType.STRING || schema.getMaxLength() != null) {
      return;
    }
    if ("date-time".equals(schema.getFormat())) {
      schema.setMaxLength(Rfc3339.DATE_TIME_MAX_LENGTH);
    } else if ("date".equals(schema.getFormat())) {
      schema.setMaxLength(Rfc3339.DATE_LENGTH);
    }
  }

  /**
   * Every {@code metadata} object is bounded as {@link Metadata} checks it: so many keys, values so
   * long (the keys' bound is in the description: OpenAPI 3.0 cannot state it).
   */
  static void boundMetadata(Components components) {
    if (components.getSchemas() == null) {
      return;
    }
    for (Schema schema : components.getSchemas().values()) {
      Schema metadata =
          schema.getProperties() == null ? null : schema.getProperties().get("metadata");
      if (metadata != null && metadata.getType() == Schema.SchemaType.OBJECT) {
        metadata.setMaxProperties(Metadata.MAX_KEYS);
        if (metadata.getDescription() == null) {
          metadata.setDescription(
              "Your own key-value pairs: up to "
                  + Metadata.MAX_KEYS
                  + " keys of 1 to "
                  + Metadata.MAX_KEY_LENGTH
                  + " characters, values of at most "
                  + Metadata.MAX_VALUE_LENGTH
                  + ".");
        }
        Schema values = metadata.getAdditionalPropertiesSchema();
        if (values != null && values.getType() == Schema.SchemaType.STRING) {
          values.setMaxLength(Metadata.MAX_VALUE_LENGTH);
        }
      }
    }
  }

  /**
   * A nullable property whose type is another schema comes out of the scanner as {@code allOf:
   * [$ref], nullable: true}, which strict validators read as "must match the object" even for null.
   * It becomes a plain {@code $ref}, and the schema referenced is the one marked nullable.
   */
  static void nullableReferences(Components components) {
    Map<String, Schema> schemas = components.getSchemas();
    if (schemas == null) {
      return;
    }
    for (Schema schema : List.copyOf(schemas.values())) {
      if (schema.getProperties() == null) {
        continue;
      }
      Map<String, Schema> replaced = new LinkedHashMap<>();
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                List<Schema> allOf = property.getAllOf();
                if (Boolean.TRUE.equals(property.getNullable())
                    && allOf != null
                    && allOf.size() == 1
                    && allOf.get(0).getRef() != null) {
                  String ref = allOf.get(0).getRef();
                  Schema target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                  if (target != null) {
                    target.setNullable(Boolean.TRUE);
                    replaced.put(name, OASFactory.createSchema().ref(ref));
                  }
                }
              });
      replaced.forEach(schema::addProperty);
    }
  }
}
