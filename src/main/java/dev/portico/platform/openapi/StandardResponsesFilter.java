package dev.portico.platform.openapi;

import dev.portico.platform.id.RequestId;
import dev.portico.platform.problem.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Request-Id and rate-limit headers on every response.
 */
public class StandardResponsesFilter implements OASFilter {

  static final String REQUEST_ID_HEADER = "Request-Id";

  /**
   * The 409 of an operation the object's state may not allow ({@code @APIResponse(responseCode =
   * "409", ref = "InvalidState")}), declared once.
   */
  public static final String INVALID_STATE_RESPONSE = "InvalidState";

  private static final String PROBLEM_JSON = "application/problem+json";

  /** The tag of the operations that work on test data only (a live key gets 403). */
  public static final String TEST_MODE_ONLY_TAG = "Sandbox";

  /** The operations QuotaFilter never counts: reading the quota, the plans and the limits. */
  private static final Set<String> QUOTA_FREE_OPERATIONS =
      Set.of("getQuota", "listPlans", "getRateLimit", "listRateLimitTiers");

  /** The operations that give a key a rate-limit tier or override, bounded by the plan. */
  private static final Set<String> PLAN_CEILING_OPERATIONS = Set.of("createApiKey", "updateApiKey");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    Components components =
        openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
    components.addSchema(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
    components.addSchema(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
    components.addHeader(REQUEST_ID_HEADER, requestIdHeader());
    ParameterDocs.declare(components);
    RateLimitHeaderDocs.declare(components);
    ResponseHeaderDocs.declare(components);
    components.addResponse(
        INVALID_STATE_RESPONSE,
        errorResponse(List.of(ErrorCode.INVALID_STATE), ErrorCode.INVALID_STATE.status()));
    openApi.setComponents(components);
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    ObjectAnswers.complete(openApi.getPaths());
    openApi.getPaths().getPathItems().forEach(this::completeOperations);
    SchemaRules.nullableReferences(components);
    SchemaRules.boundMetadata(components);
    PreflightDocs.declare(components);
    List<String> always = new ArrayList<>(List.of(REQUEST_ID_HEADER));
    always.addAll(ResponseHeaderDocs.SECURITY);
    openApi
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (item.getOPTIONS() == null && RateLimitHeaderDocs.isCounted(path)) {
                PreflightDocs.add(path, item, StandardResponsesFilter::errorResponse);
                PreflightDocs.reference(item.getOPTIONS(), always);
              }
              ParameterDocs.complete(item);
            });
    // The shared responses carry the headers that every answer of an API operation can carry.
    components
        .getResponses()
        .forEach(
            (name, response) -> {
              String status = Integer.toString(ErrorCode.INVALID_STATE.status());
              response.addHeader(REQUEST_ID_HEADER, headerRef());
              RateLimitHeaderDocs.reference(status, response);
              ResponseHeaderDocs.reference(
                  PathItem.HttpMethod.POST, OASFactory.createOperation(), false, status, response);
            });
  }

  private void completeOperations(String path, PathItem item) {
    item.getOperations().forEach((method, operation) -> complete(path, item, method, operation));
  }

  private void complete(
      String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses =
        operation.getResponses() == null
            ? OASFactory.createAPIResponses()
            : operation.getResponses();
    boolean secured = isSecured(operation);
    List<ErrorCode> errors = errorsOf(path, item, operation);
    if (secured && method == PathItem.HttpMethod.POST) {
      operation.addParameter(ParameterDocs.idempotencyKey());
      errors.add(ErrorCode.IDEMPOTENCY_KEY_IN_USE);
      errors.add(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }
    if (hasParameter(item, operation, Parameter.In.HEADER, "If-Match")) {
      errors.add(ErrorCode.PRECONDITION_FAILED);
      errors.add(ErrorCode.CONCURRENT_UPDATE);
    }
    for (ErrorCode code : errors) {
      String status = Integer.toString(code.status());
      if (!responses.hasAPIResponse(status)) {
        responses.addAPIResponse(status, errorResponse(errors, code.status()));
      }
    }
    boolean idempotent = secured && method == PathItem.HttpMethod.POST;
    boolean list = hasParameter(item, operation, Parameter.In.QUERY, "cursor");
    responses
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (response.getRef() != null) {
                return; // a shared response, completed once in components
              }
              response.addHeader(REQUEST_ID_HEADER, headerRef());
              RateLimitHeaderDocs.reference(status, response);
              ResponseHeaderDocs.reference(method, operation, idempotent, status, response);
              if (list && "200".equals(status)) {
                ResponseHeaderDocs.referenceNextLink(response);
              }
            });
    operation.setResponses(responses);
    if (!secured) {
      // Public: say so, rather than leave a client to guess from a missing requirement.
      operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
    }
  }

  /** Whether the operation needs a credential: some requirement names a scheme. */
  static boolean isSecured(Operation operation) {
    return operation.getSecurity() != null
        && operation.getSecurity().stream()
            .anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
  }

  /** Every object that lists its properties states that it has no others. */
  @Override
  public Schema filterSchema(Schema schema) {
    return SchemaRules.complete(schema);
  }

  /**
   * The errors an operation can answer with, by where it is (the versioned API counts requests) and
   * what it takes (a body, path parameters).
   */
  private static List<ErrorCode> errorsOf(String path, PathItem item, Operation operation) {
    List<ErrorCode> errors = new ArrayList<>();
    if (operation.getRequestBody() != null) {
      errors.addAll(
          List.of(
              ErrorCode.MALFORMED_JSON,
              ErrorCode.UNKNOWN_FIELD,
              ErrorCode.INVALID_TYPE,
              ErrorCode.VALIDATION_FAILED,
              ErrorCode.PAYLOAD_TOO_LARGE,
              ErrorCode.UNSUPPORTED_MEDIA_TYPE));
    }
    if (operation.getRequestBody() == null) {
      // Any request may carry a body; one over the limit is refused before the operation runs,
      // and any other is refused because the operation takes none (RequestBodyRules).
      errors.add(ErrorCode.PAYLOAD_TOO_LARGE);
      errors.add(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    // A request the runtime cannot read (an encoded slash in the path, an Accept it cannot parse).
    errors.add(ErrorCode.BAD_REQUEST);
    if (hasParameter(item, operation, Parameter.In.QUERY, "cursor")) {
      errors.add(ErrorCode.INVALID_CURSOR);
    }
    if (ParameterDocs.hasBoundedParameter(item, operation)
        && !errors.contains(ErrorCode.VALIDATION_FAILED)) {
      // A parameter longer than its bound (ParameterBounds), or a field that is not the object's
      // in fields=, is a 400 naming it.
      errors.add(ErrorCode.VALIDATION_FAILED);
    }
    if (hasParameter(item, operation, Parameter.In.QUERY, "sort")) {
      addCreatedFilters(item, operation);
    }
    if (isSecured(operation)) {
      errors.addAll(
          List.of(
              ErrorCode.AUTHENTICATION_REQUIRED,
              ErrorCode.INVALID_CREDENTIALS,
              ErrorCode.INSUFFICIENT_SCOPE,
              ErrorCode.IP_NOT_ALLOWED));
    } else {
      // Public operations need no key, but one that is sent is checked.
      errors.addAll(List.of(ErrorCode.INVALID_CREDENTIALS, ErrorCode.IP_NOT_ALLOWED));
    }
    // Any request that sends a key counts against its limits, public operations included.
    errors.add(ErrorCode.RATE_LIMITED);
    if (!QUOTA_FREE_OPERATIONS.contains(operation.getOperationId())) {
      errors.add(ErrorCode.QUOTA_EXCEEDED);
    }
    if (PLAN_CEILING_OPERATIONS.contains(operation.getOperationId())) {
      errors.add(ErrorCode.ABOVE_PLAN_CEILING);
    }
    // The database cannot be reached (a restart, a failover); counted requests are also refused
    // while the shared rate-limit backend is down, if so configured.
    errors.add(ErrorCode.SERVICE_UNAVAILABLE);
    if (operation.getTags() != null && operation.getTags().contains(TEST_MODE_ONLY_TAG)) {
      errors.add(ErrorCode.TEST_MODE_ONLY);
    }
    if (hasPathParameters(item, operation)) {
      errors.add(ErrorCode.RESOURCE_NOT_FOUND);
      errors.add(ErrorCode.NOT_FOUND);
    }
    errors.add(ErrorCode.NOT_ACCEPTABLE);
    errors.add(ErrorCode.INTERNAL_ERROR);
    return errors;
  }

  /** Every business list (one with sort=) takes the creation-time filters of ListSpec. */
  private static void addCreatedFilters(PathItem item, Operation operation) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("created_gte", "Only objects created at or after this time (RFC 3339).");
    filters.put("created_gt", "Only objects created after this time (RFC 3339).");
    filters.put("created_lte", "Only objects created at or before this time (RFC 3339).");
    filters.put("created_lt", "Only objects created before this time (RFC 3339).");
    filters.forEach(
        (name, description) -> {
          if (!hasParameter(item, operation, Parameter.In.QUERY, name)) {
            operation.addParameter(
                OASFactory.createParameter()
                    .name(name)
                    .in(Parameter.In.QUERY)
                    .description(description)
                    .schema(
                        OASFactory.createSchema()
                            .type(Schema.SchemaType.STRING)
                            .format("date-time"))
                    .example("2026-11-24T00:00:00Z"));
          }
        });
  }

  private static boolean hasParameter(
      PathItem item, Operation operation, Parameter.In in, String name) {
    return ParameterDocs.parameters(item, operation).stream()
        .anyMatch(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()));
  }

  private static boolean hasPathParameters(PathItem item, Operation operation) {
    return ParameterDocs.parameters(item, operation).stream()
        .anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }

  /** One response per status, with one example per error code that shares the status. */
  static APIResponse errorResponse(List<ErrorCode> errors, int status) {
    MediaType mediaType =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemSchemas.PROBLEM));
    StringBuilder description = new StringBuilder();
    errors.forEach(
        code -> {
          if (code.status() == status) {
            mediaType.addExample(code.code(), example(code));
            description.append(description.length() == 0 ? "" : " or ").append(code.title());
          }
        });
    return OASFactory.createAPIResponse()
        .description(description.toString())
        .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, mediaType));
  }

  private static Example example(ErrorCode code) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("type", code.type());
    value.put("title", code.title());
    value.put("status", code.status());
    value.put("detail", code.defaultDetail());
    value.put("instance", "/api/v1/echo");
    value.put("code", code.code());
    value.put("request_id", "req_0GZlGz3ZzMXlqC1aYw8N1w");
    if (code == ErrorCode.SERVICE_UNAVAILABLE) {
      value.put("detail", RateLimitHeaderDocs.UNAVAILABLE_DETAIL);
    }
    if (code == ErrorCode.VALIDATION_FAILED) {
      value.put("errors", List.of(Map.of("field", "message", "message", "must not be blank")));
    }
    return OASFactory.createExample().summary(code.title()).value(value);
  }

  private static Header requestIdHeader() {
    return OASFactory.createHeader()
        .description("The id of this request (req_…); quote it when you contact support.")
        .schema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .maxLength(RequestId.CLIENT_SUPPLIED_MAX_LENGTH))
        .example("req_0GZlGz3ZzMXlqC1aYw8N1w");
  }

  private static Header headerRef() {
    return OASFactory.createHeader().ref(REQUEST_ID_HEADER);
  }
}
