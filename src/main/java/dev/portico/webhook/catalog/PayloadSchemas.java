package dev.portico.webhook.catalog;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON Schemas (draft 2020-12) of webhook payloads, generated from the records Portico serializes:
 * each property named and nulled as JSON-B writes it ({@link JsonbView}), described and enumerated
 * by the record's OpenAPI {@code @Schema} annotations, bounded by its Bean Validation constraints,
 * and listed in the order JSON-B writes them.
 *
 * <p>A property is required unless it may be left out: a component marked {@code @Schema(nullable =
 * true)} that JSON-B leaves out when null. One that JSON-B writes as null is required and allows
 * null. Objects allow properties they do not list, since fields may be added (never renamed).
 */
final class PayloadSchemas {

  private final SchemaGenerator generator = new SchemaGenerator(config());

  /**
   * The schema of a delivery of {@code type}, whose {@code data.object} is an {@code objectType}:
   * the payload's {@code type} is that constant.
   */
  ObjectNode of(String type, String description, Class<?> objectType) {
    ObjectNode schema = generator.generateSchema(WebhookPayload.class, objectType);
    ObjectNode typeProperty = (ObjectNode) schema.path("properties").path("type");
    typeProperty.put("const", type);
    ObjectNode described = schema.objectNode();
    described.put("$schema", schema.path("$schema").asText());
    described.put("title", type);
    described.put("description", description);
    schema.remove("$schema");
    described.setAll(schema);
    return described;
  }

  private static SchemaGeneratorConfig config() {
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(Option.STANDARD_FORMATS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
    builder
        .forTypesInGeneral()
        .withCustomDefinitionProvider(PayloadSchemas::jsonProcessingValue)
        .withDescriptionResolver(scope -> description(scope.getType().getErasedType()));
    builder
        .forTypesInGeneral()
        .withPropertySorter(
            Comparator.<MemberScope<?, ?>>comparingInt(
                    member ->
                        JsonbView.position(
                            member.getDeclaringType().getErasedType(), member.getDeclaredName()))
                .thenComparing(MemberScope::getSchemaPropertyName));
    builder
        .forFields()
        .withPropertyNameOverrideResolver(field -> JsonbView.propertyName(field.getRawMember()))
        .withIgnoreCheck(field -> field.getAnnotation(JsonbTransient.class) != null)
        .withDescriptionResolver(
            field ->
                schemaAnnotation(field)
                    .map(Schema::description)
                    .filter(d -> !d.isEmpty())
                    .orElse(null))
        .withEnumResolver(
            field ->
                schemaAnnotation(field)
                    .map(s -> List.of(s.enumeration()))
                    .filter(values -> !values.isEmpty())
                    .map(values -> writtenAsNull(field) ? withNull(values) : values)
                    .orElse(null))
        .withNullableCheck(PayloadSchemas::writtenAsNull)
        .withRequiredCheck(field -> writtenAsNull(field) || !mayBeLeftOut(field));
    return builder.build();
  }

  /** An enumeration of a field JSON-B writes as null when unset: null is one of its values. */
  private static List<Object> withNull(List<String> values) {
    List<Object> all = new java.util.ArrayList<>(values);
    all.add(null);
    return all;
  }

  private static boolean writtenAsNull(FieldScope field) {
    return !field.getType().isPrimitive() && JsonbView.writesNull(field.getRawMember());
  }

  private static boolean mayBeLeftOut(FieldScope field) {
    return !field.getType().isPrimitive()
        && schemaAnnotation(field).map(Schema::nullable).orElse(false);
  }

  private static Optional<Schema> schemaAnnotation(FieldScope field) {
    return Optional.ofNullable(field.getAnnotationConsideringFieldAndGetter(Schema.class));
  }

  private static String description(Class<?> type) {
    Schema schema = type.getAnnotation(Schema.class);
    return schema == null || schema.description().isEmpty() ? null : schema.description();
  }

  /** JSON-P values are written as they are: an object, an array, or any value. */
  private static CustomDefinition jsonProcessingValue(
      ResolvedType type, SchemaGenerationContext context) {
    Class<?> erased = type.getErasedType();
    if (!JsonValue.class.isAssignableFrom(erased)) {
      return null;
    }
    ObjectNode schema = context.getGeneratorConfig().createObjectNode();
    if (JsonObject.class.isAssignableFrom(erased)) {
      schema.put("type", "object");
    } else if (JsonArray.class.isAssignableFrom(erased)) {
      schema.put("type", "array");
    }
    return new CustomDefinition(schema);
  }
}
