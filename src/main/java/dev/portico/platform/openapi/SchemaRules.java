package dev.portico.platform.openapi;

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
