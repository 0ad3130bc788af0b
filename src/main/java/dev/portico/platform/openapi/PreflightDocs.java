package dev.portico.platform.openapi;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.web.CorsPolicy;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * {@code OPTIONS} on every API path, as the server answers it: the methods the path supports
 * ({@code Allow}), or, to a CORS preflight from an origin the operator allows, the permission
 * itself (CorsFilter).
 */
final class PreflightDocs {

  private static final List<String> PREFLIGHT_HEADERS =
      List.of(
          "Access-Control-Allow-Origin",
          "Access-Control-Allow-Methods",
          "Access-Control-Allow-Headers",
          "Access-Control-Max-Age",
          "Access-Control-Expose-Headers",
          "Vary");

  private PreflightDocs() {}

  static void declare(Components components) {
    components.addHeader(
        "Allow", header("The methods this path supports.", "GET, POST, OPTIONS", 128));
    components.addHeader(
        "Accept-Patch",
        header("The media type a PATCH of this path takes.", "application/json", 128));
    components.addHeader(
        "Access-Control-Allow-Methods",
        header("The methods a browser may use.", CorsPolicy.ALLOWED_METHODS, 128));
    components.addHeader(
        "Access-Control-Allow-Headers",
        header("The request headers a browser may send.", CorsPolicy.ALLOWED_HEADERS, 512));
    components.addHeader(
        "Access-Control-Max-Age",
        OASFactory.createHeader()
            .description("How long a browser may keep this permission, in seconds.")
            .schema(
                OASFactory.createSchema()
                    .type(Schema.SchemaType.INTEGER)
                    .format("int64")
                    .minimum(java.math.BigDecimal.ZERO))
            .example(600));
  }

  /**
   * Adds the OPTIONS operation to an API path that has none, with the refusals it can meet before
   * the answer: a request the runtime cannot read, a body (OPTIONS takes none) or one too large.
   */
  static void add(
      String path, PathItem item, BiFunction<List<ErrorCode>, Integer, APIResponse> errors) {
    if (item.getOPTIONS() != null) {
      return;
    }
    APIResponse methods =
        OASFactory.createAPIResponse()
            .description("The methods this path supports.")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "text/plain",
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema()
                                    .type(Schema.SchemaType.STRING)
                                    .maxLength(128))
                            .example("GET, POST, OPTIONS")));
    methods.addHeader("Allow", OASFactory.createHeader().ref("Allow"));
    if (item.getPATCH() != null) {
      methods.addHeader("Accept-Patch", ref("Accept-Patch"));
    }
    List<ErrorCode> refusals =
        List.of(
            ErrorCode.BAD_REQUEST, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    APIResponse preflight =
        OASFactory.createAPIResponse()
            .description("A CORS preflight from an origin the operator allows: the permission.");
    PREFLIGHT_HEADERS.forEach(name -> preflight.addHeader(name, ref(name)));
    Operation operation =
        OASFactory.createOperation()
            .operationId("options" + camel(path))
            .summary("The methods of this path, or a CORS preflight's permission")
            .addTag("API")
            .security(List.of(OASFactory.createSecurityRequirement()))
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse("200", methods)
                    .addAPIResponse("204", preflight)
                    .addAPIResponse("400", errors.apply(refusals, 400))
                    .addAPIResponse("413", errors.apply(refusals, 413))
                    .addAPIResponse("415", errors.apply(refusals, 415)));
    // The path's own parameters ({id}), as its other operations declare them.
    item.getOperations().values().stream()
        .filter(other -> other.getParameters() != null)
        .findFirst()
        .ifPresent(
            other ->
                other.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.PATH)
                    .forEach(p -> operation.addParameter(unbounded(p))));
    item.setOPTIONS(operation);
  }

  /** The headers every answer carries, on the OPTIONS answers too. */
  static void reference(Operation operation, List<String> always) {
    operation
        .getResponses()
        .getAPIResponses()
        .values()
        .forEach(response -> always.forEach(name -> response.addHeader(name, ref(name))));
  }

  private static String camel(String path) {
    StringBuilder name = new StringBuilder();
    for (String part : path.replaceAll("[{}]", "").split("[/-]")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return name.toString();
  }

  private static Header header(String description, String example, int maxLength) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(maxLength))
        .example(example);
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref(name);
  }

  /**
   * A copy of a path parameter without its bound: the runtime answers OPTIONS before the bounds of
   * the other operations are checked.
   */
  private static Parameter unbounded(Parameter parameter) {
    return OASFactory.createParameter()
        .name(parameter.getName())
        .in(parameter.getIn())
        .required(parameter.getRequired())
        .description(parameter.getDescription())
        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
  }
}
