package dev.portico.platform.openapi;

import dev.portico.platform.problem.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds what every operation shares to the generated document, so no resource repeats it: the
 * Problem schema, the error responses each kind of operation can give (with examples), and the
 * Request-Id header on every response.
 */
public class StandardResponsesFilter implements OASFilter {

  static final String REQUEST_ID_HEADER = "Request-Id";
  private static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    Components components =
        openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
    components.addSchema(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
    components.addSchema(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
    components.addHeader(REQUEST_ID_HEADER, requestIdHeader());
    openApi.setComponents(components);
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi.getPaths().getPathItems().values().forEach(this::completeOperations);
  }

  private void completeOperations(PathItem item) {
    item.getOperations().values().forEach(operation -> complete(item, operation));
  }

  private void complete(PathItem item, Operation operation) {
    APIResponses responses =
        operation.getResponses() == null
            ? OASFactory.createAPIResponses()
            : operation.getResponses();
    Map<ErrorCode, String> errors = errorsOf(item, operation);
    for (ErrorCode code : errors.keySet()) {
      String status = Integer.toString(code.status());
      if (!responses.hasAPIResponse(status)) {
        responses.addAPIResponse(status, errorResponse(errors, code.status()));
      }
    }
    responses.getAPIResponses().values().forEach(r -> r.addHeader(REQUEST_ID_HEADER, headerRef()));
    operation.setResponses(responses);
  }

  /** The errors an operation can answer with, by what it takes (a body, path parameters). */
  private static Map<ErrorCode, String> errorsOf(PathItem item, Operation operation) {
    Map<ErrorCode, String> errors = new LinkedHashMap<>();
    if (operation.getRequestBody() != null) {
      errors.put(ErrorCode.MALFORMED_JSON, "The request body is not well-formed JSON.");
      errors.put(
          ErrorCode.UNKNOWN_FIELD,
          "The request body has a field this operation does not accept: mesage.");
      errors.put(
          ErrorCode.INVALID_TYPE,
          "A field in the request body has the wrong JSON type for this operation.");
      errors.put(ErrorCode.VALIDATION_FAILED, "The request has invalid fields; see errors.");
      errors.put(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "The request body is larger than the limit of 1048576 bytes.");
      errors.put(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "This operation accepts application/json request bodies only.");
    }
    if (hasPathParameters(item, operation)) {
      errors.put(ErrorCode.NOT_FOUND, "There is nothing at this path.");
    }
    errors.put(ErrorCode.NOT_ACCEPTABLE, "This operation answers with application/json only.");
    errors.put(
        ErrorCode.INTERNAL_ERROR,
        "Something went wrong on our side. Quote the request id if you contact us.");
    return errors;
  }

  private static boolean hasPathParameters(PathItem item, Operation operation) {
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      all.addAll(operation.getParameters());
    }
    return all.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }

  /** One response per status, with one example per error code that shares the status. */
  private static APIResponse errorResponse(Map<ErrorCode, String> errors, int status) {
    MediaType mediaType =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemSchemas.PROBLEM));
    StringBuilder description = new StringBuilder();
    errors.forEach(
        (code, detail) -> {
          if (code.status() == status) {
            mediaType.addExample(code.code(), example(code, detail));
            description.append(description.length() == 0 ? "" : " or ").append(code.title());
          }
        });
    return OASFactory.createAPIResponse()
        .description(description.toString())
        .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, mediaType));
  }

  private static Example example(ErrorCode code, String detail) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("type", code.type());
    value.put("title", code.title());
    value.put("status", code.status());
    value.put("detail", detail);
    value.put("instance", "/api/v1/echo");
    value.put("code", code.code());
    value.put("request_id", "req_0GZlGz3ZzMXlqC1aYw8N1w");
    if (code == ErrorCode.VALIDATION_FAILED) {
      value.put("errors", List.of(Map.of("field", "message", "message", "must not be blank")));
    }
    return OASFactory.createExample().summary(code.title()).value(value);
  }

  private static Header requestIdHeader() {
    return OASFactory.createHeader()
        .description("The id of this request (req_…); quote it when you contact support.")
        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .example("req_0GZlGz3ZzMXlqC1aYw8N1w");
  }

  private static Header headerRef() {
    return OASFactory.createHeader().ref(REQUEST_ID_HEADER);
  }
}
