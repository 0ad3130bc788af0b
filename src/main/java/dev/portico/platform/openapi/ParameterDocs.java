package dev.portico.platform.openapi;

import dev.portico.platform.http.ParameterBounds;
import dev.portico.platform.id.RequestId;
import dev.portico.platform.idempotency.IdempotencyKey;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The request parameters every operation shares, and the bound of every parameter, as the server
 * enforces them: {@link ParameterBounds} for path and query parameters and If-Match, {@link
 * IdempotencyKey} for Idempotency-Key, and the Request-Id a client may choose ({@link RequestId}).
 */
final class ParameterDocs {

  static final String REQUEST_ID = "Request-Id";

  private ParameterDocs() {}

  static void declare(Components components) {
    components.addParameter(
        REQUEST_ID,
        OASFactory.createParameter()
            .name(RequestId.HEADER)
            .in(Parameter.In.HEADER)
            .description(
                "Your own id for this request, to find it in Portico's logs and answers: req_"
                    + " and 8 to 64 letters and digits. The answer's Request-Id repeats it; a"
                    + " value of any other form is replaced by an id Portico chooses.")
            .schema(
                OASFactory.createSchema()
                    .type(Schema.SchemaType.STRING)
                    .maxLength(RequestId.CLIENT_SUPPLIED_MAX_LENGTH)
                    .pattern(RequestId.CLIENT_SUPPLIED_PATTERN))
            .example("req_0GZlGz3ZzMXlqC1aYw8N1w"));
  }

  /**
   * Every operation of the API path takes a Request-Id; every parameter states its bound. OPTIONS
   * is answered by the runtime before any bound is checked, so its parameters state none.
   */
  static void complete(PathItem item) {
    item.getOperations()
        .forEach(
            (method, operation) -> {
              operation.addParameter(OASFactory.createParameter().ref(REQUEST_ID));
              if (method != PathItem.HttpMethod.OPTIONS) {
                bound(operation);
              }
            });
  }

  /** Whether the operation has a parameter ParameterBounds checks (a longer value is a 400). */
  static boolean hasBoundedParameter(PathItem item, Operation operation) {
    return parameters(item, operation).stream()
        .anyMatch(
            p ->
                p.getIn() == Parameter.In.PATH
                    || p.getIn() == Parameter.In.QUERY
                    || ParameterBounds.IF_MATCH.equalsIgnoreCase(p.getName()));
  }

  static Parameter idempotencyKey() {
    return OASFactory.createParameter()
        .name(IdempotencyKey.HEADER)
        .in(Parameter.In.HEADER)
        .description(
            "Makes a retry safe: the same key and request within 24 h replay the first answer"
                + " (with Idempotent-Replayed: true) instead of running again. Up to "
                + IdempotencyKey.MAX_LENGTH
                + " visible ASCII characters; a UUID v4 is ideal.")
        .schema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .maxLength(IdempotencyKey.MAX_LENGTH))
        .example("5f0c8d2e-7b9a-4c1e-9d3f-2a6b8e4c1d7f");
  }

  private static void bound(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      Schema schema = parameter.getSchema();
      if (parameter.getRef() == null
          && schema != null
          && schema.getType() == Schema.SchemaType.STRING
          && schema.getMaxLength() == null
          && schema.getEnumeration() == null) {
        schema.setMaxLength(ParameterBounds.maxLength(parameter.getName()));
      }
    }
  }

  static List<Parameter> parameters(PathItem item, Operation operation) {
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      all.addAll(operation.getParameters());
    }
    return all;
  }
}
