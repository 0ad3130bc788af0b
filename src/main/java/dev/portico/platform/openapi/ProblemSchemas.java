package dev.portico.platform.openapi;

import dev.portico.platform.problem.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The OpenAPI schemas of an RFC 9457 problem and of one field error. */
final class ProblemSchemas {

  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "FieldError";

  private ProblemSchemas() {}

  static Schema problem() {
    List<Object> codes = Arrays.stream(ErrorCode.values()).map(c -> (Object) c.code()).toList();
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem. `code` is stable; `type` is /docs/errors/<code>.")
        .additionalPropertiesBoolean(Boolean.FALSE)
        .required(List.of("type", "title", "status", "code", "request_id"))
        .properties(
            Map.of(
                "type",
                    string("A page describing the error: /docs/errors/<code>.", "uri-reference"),
                "title", string("A short summary of the error type.", null),
                "status",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status."),
                "detail", string("What went wrong with this request.", null),
                "instance", string("The path of the request.", "uri-reference"),
                "code", string("The stable machine-readable error code.", null).enumeration(codes),
                "request_id", string("The request's id, as in the Request-Id header.", null),
                "errors",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .description("The invalid fields, for validation errors.")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR))));
  }

  static Schema fieldError() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .additionalPropertiesBoolean(Boolean.FALSE)
        .required(List.of("field", "message"))
        .properties(
            Map.of(
                "field", string("The field's JSON name, dotted when nested.", null),
                "message", string("What is wrong with it.", null)));
  }

  private static Schema string(String description, String format) {
    Schema schema =
        OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    return format == null ? schema : schema.format(format);
  }
}
