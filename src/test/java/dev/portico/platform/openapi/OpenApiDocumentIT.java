package dev.portico.platform.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.testing.Api;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document parses cleanly and documents errors and examples everywhere. */
class OpenApiDocumentIT {

  private static SwaggerParseResult result;
  private static OpenAPI document;
  private static OpenApiInteractionValidator validator;
  private static JsonNode served;

  @BeforeAll
  static void parseServedDocument() {
    HttpResponse<String> response = Api.get("/openapi", "Accept", "application/json");
    assertThat(response.statusCode(), is(200));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setValidateInternalRefs(true);
    result = new OpenAPIV3Parser().readContents(response.body(), null, options);
    document = result.getOpenAPI();
    validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(response.body()).build();
    try {
      served = Json.mapper().readTree(response.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The operations of the resources; OPTIONS (allowed methods, CORS) answers before them. */
  private static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    document
        .getPaths()
        .values()
        .forEach(
            item ->
                item.readOperationsMap().entrySet().stream()
                    .filter(operation -> operation.getKey() != PathItem.HttpMethod.OPTIONS)
                    .forEach(operation -> all.add(operation.getValue())));
    return all;
  }

  @Test
  void whenParsedThenNoErrorsOrWarnings() {
    assertThat(result.getMessages(), is(empty()));
    assertThat(document, notNullValue());
  }

  @Test
  void whenParsedThenEveryPublicPathIsDocumented() {
    assertThat(document.getPaths(), hasKey("/api/v1"));
    assertThat(document.getPaths(), hasKey("/api/v1/about"));
    assertThat(document.getPaths(), hasKey("/api/v1/changelog"));
    assertThat(document.getPaths(), hasKey("/api/v1/echo"));
  }

  @Test
  void whenParsedThenEveryOperationHasIdSummaryAndProblemResponses() {
    for (Operation operation : operations()) {
      assertThat(operation.getOperationId(), notNullValue());
      assertThat(operation.getSummary(), notNullValue());
      ApiResponse serverError = operation.getResponses().get("500");
      assertThat(operation.getOperationId(), serverError, notNullValue());
      assertThat(serverError.getContent(), hasKey("application/problem+json"));
    }
  }

  @Test
  void whenParsedThenEveryResponseHasAnExampleAndRequestIdHeader() {
    for (Operation operation : operations()) {
      for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
        String where = operation.getOperationId() + " " + response.getKey();
        assertThat(where, response.getValue().getHeaders(), hasKey("Request-Id"));
        for (MediaType media : response.getValue().getContent().values()) {
          boolean hasExample =
              media.getExample() != null
                  || (media.getExamples() != null && !media.getExamples().isEmpty());
          assertThat(where, hasExample, is(true));
        }
      }
    }
  }

  @Test
  void whenParsedThenEveryOperationDocumentsTheRateLimitHeadersAndTheRefusal() {
    assertThat(document.getPaths(), hasKey("/api/v1/rate-limit"));
    assertThat(document.getPaths(), hasKey("/api/v1/rate-limits"));
    for (Operation operation : operations()) {
      ApiResponse refused = operation.getResponses().get("429");
      assertThat(operation.getOperationId(), refused, notNullValue());
      assertThat(
          operation.getOperationId(),
          refused.getContent().get("application/problem+json").getExamples(),
          hasKey("rate_limited"));
      assertThat(operation.getOperationId(), refused.getHeaders(), hasKey("Retry-After"));
      for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
        String where = operation.getOperationId() + " " + response.getKey();
        for (String header :
            List.of(
                "RateLimit-Policy",
                "RateLimit",
                "X-RateLimit-Limit",
                "X-RateLimit-Remaining",
                "X-RateLimit-Reset")) {
          assertThat(where, response.getValue().getHeaders(), hasKey(header));
        }
      }
    }
  }

  @Test
  void whenParsedThenEveryCountedOperationDocumentsTheQuotaRefusalAndTheQuotaReadsDoNot() {
    assertThat(document.getPaths(), hasKey("/api/v1/quota"));
    assertThat(document.getPaths(), hasKey("/api/v1/plans"));
    List<String> uncounted = List.of("getQuota", "listPlans", "getRateLimit", "listRateLimitTiers");
    for (Operation operation : operations()) {
      Map<String, ?> examples =
          operation
              .getResponses()
              .get("429")
              .getContent()
              .get("application/problem+json")
              .getExamples();
      boolean counted = !uncounted.contains(operation.getOperationId());
      assertThat(operation.getOperationId(), examples.containsKey("quota_exceeded"), is(counted));
    }
  }

  @Test
  void whenParsedThenEveryAuthenticatedApiOperationDocumentsThe503OfAnUnavailableBackend() {
    int authenticated = 0;
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      if (!path.getKey().startsWith("/api/v1")) {
        continue;
      }
      for (Operation operation : path.getValue().readOperations()) {
        if (operation.getOperationId().startsWith("options")) {
          continue;
        }
        if (!isSecured(operation)) {
          continue;
        }
        authenticated++;
        String where = operation.getOperationId();
        ApiResponse unavailable = operation.getResponses().get("503");
        assertThat(where, unavailable, notNullValue());
        assertThat(where, unavailable.getHeaders(), hasKey("Retry-After"));
        Example example =
            unavailable
                .getContent()
                .get("application/problem+json")
                .getExamples()
                .get("service_unavailable");
        assertThat(where, example, notNullValue());
        JsonNode problem = Json.mapper().valueToTree(example.getValue());
        assertThat(where, problem.get("code").asText(), is("service_unavailable"));
        assertThat(where, problem.get("type").asText(), is("/docs/errors/service_unavailable"));
        assertThat(where, problem.get("status").asInt(), is(503));
        assertThat(where, problem.get("detail").asText(), containsString("Retry after"));
      }
    }
    assertThat(authenticated, greaterThan(20));
  }

  @Test
  void whenParsedThenTheBusinessResourcesAndTheirConventionsAreDocumented() {
    for (String path :
        List.of(
            "/api/v1/customers",
            "/api/v1/customers/{id}",
            "/api/v1/jobs/{id}/schedule",
            "/api/v1/invoices/{id}/payments",
            "/api/v1/payments/{id}/refund",
            "/api/v1/events/{id}")) {
      assertThat(document.getPaths(), hasKey(path));
    }
    Operation list = document.getPaths().get("/api/v1/customers").getGet();
    List<String> listParameters = list.getParameters().stream().map(p -> p.getName()).toList();
    assertThat(listParameters, hasItems("limit", "cursor", "sort", "fields", "created_gte", "q"));
    Operation create = document.getPaths().get("/api/v1/customers").getPost();
    assertThat(
        create.getParameters().stream().map(p -> p.getName()).toList(), hasItem("Idempotency-Key"));
    assertThat(create.getResponses(), hasKey("422"));
    Operation update = document.getPaths().get("/api/v1/customers/{id}").getPatch();
    assertThat(update.getParameters().stream().map(p -> p.getName()).toList(), hasItem("If-Match"));
    assertThat(update.getResponses(), hasKey("412"));
  }

  @Test
  void whenOperationTakesBodyThenBodyErrorsAreDocumented() {
    Operation echo = document.getPaths().get("/api/v1/echo").getPost();

    assertThat(echo.getResponses(), hasKey("400"));
    assertThat(echo.getResponses(), hasKey("413"));
    assertThat(echo.getResponses(), hasKey("415"));
    assertThat(
        echo.getResponses().get("400").getContent().get("application/problem+json").getExamples(),
        hasKey("unknown_field"));
    assertThat(
        echo.getRequestBody().getContent().get("application/json").getExamples(), not(Map.of()));
  }

  @Test
  void whenSchemasAreGeneratedThenPropertiesAreSnakeCase() {
    assertThat(propertiesOf("Problem"), hasItem("request_id"));
    assertThat(propertiesOf("EchoResponse"), hasItem("received_at"));
    assertThat(propertiesOf("ApiDescription"), hasItem("current_version"));
  }

  private static List<String> propertiesOf(String schema) {
    Map<?, ?> properties = document.getComponents().getSchemas().get(schema).getProperties();
    return properties.keySet().stream().map(Object::toString).toList();
  }

  @Test
  void whenAliasIsDeprecatedThenDocumentSaysSo() {
    assertThat(document.getPaths().get("/api/v1/about").getGet().getDeprecated(), is(true));
    assertThat(document.getPaths().get("/api/v1").getGet().getDeprecated(), not(is(true)));
  }

  @Test
  void whenInteractiveReferenceIsOpenedThenItIsServed() {
    HttpResponse<String> ui = Api.get("/openapi/ui/");

    assertThat(ui.statusCode(), is(200));
    assertThat(ui.body(), containsString("<html"));
    assertThat(
        List.of(ui.headers().firstValue("Content-Type").orElse("")),
        hasItem(containsString("text/html")));
  }

  private static boolean isSecured(Operation operation) {
    return operation.getSecurity().stream().anyMatch(requirement -> !requirement.isEmpty());
  }

  @Test
  void whenParsedThenEveryOperationStatesItsSecurityAndPublicOnesAnEmptyRequirement() {
    List<String> publicOperations = new ArrayList<>();
    for (Operation operation : operations()) {
      assertThat(operation.getOperationId(), operation.getSecurity(), notNullValue());
      assertThat(operation.getOperationId(), operation.getSecurity(), not(empty()));
      if (!isSecured(operation)) {
        assertThat(operation.getSecurity(), is(List.of(new SecurityRequirement())));
        publicOperations.add(operation.getOperationId());
      }
    }
    assertThat(publicOperations, hasItems("getApi", "listChangelog"));
    assertThat(document.getServers().get(0).getDescription(), containsString("/api/v1"));
  }

  @Test
  void whenParsedThenEveryExampleValidatesAgainstItsOwnSchema() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      String concrete = path.getKey().replaceAll("\\{[^}]+}", "x");
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Request.Method method = Request.Method.valueOf(entry.getKey().name());
        Operation operation = entry.getValue();
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
          for (Map.Entry<String, MediaType> media : content(response.getValue()).entrySet()) {
            for (Map.Entry<String, Object> example : examples(media.getValue()).entrySet()) {
              checked++;
              Response answer =
                  SimpleResponse.Builder.status(Integer.parseInt(response.getKey()))
                      .withContentType(media.getKey())
                      .withBody(json(example.getValue()))
                      .build();
              collect(
                  mismatches,
                  operation.getOperationId() + " " + response.getKey() + " " + example.getKey(),
                  validator.validateResponse(concrete, method, answer),
                  "validation.response.body");
            }
          }
        }
        if (operation.getRequestBody() != null) {
          for (Map.Entry<String, MediaType> media :
              operation.getRequestBody().getContent().entrySet()) {
            for (Map.Entry<String, Object> example : examples(media.getValue()).entrySet()) {
              checked++;
              Request request =
                  new SimpleRequest.Builder(method, concrete)
                      .withContentType(media.getKey())
                      .withBody(json(example.getValue()))
                      .build();
              collect(
                  mismatches,
                  operation.getOperationId() + " request " + example.getKey(),
                  validator.validateRequest(request),
                  "validation.request.body");
            }
          }
        }
        for (Parameter parameter : parameters(operation)) {
          if (parameter.getExample() != null) {
            checked++;
            String type = parameter.getSchema().getType();
            if (!matchesType(type, parameter.getExample())) {
              mismatches.add(
                  operation.getOperationId()
                      + " parameter "
                      + parameter.getName()
                      + ": example "
                      + parameter.getExample()
                      + " is not a "
                      + type);
            }
          }
        }
      }
    }
    for (Map.Entry<String, Header> header : document.getComponents().getHeaders().entrySet()) {
      checked++;
      Header value = header.getValue();
      if (!matchesType(value.getSchema().getType(), value.getExample())) {
        mismatches.add("header " + header.getKey() + ": example " + value.getExample());
      }
    }
    assertThat(String.join("\n", mismatches), mismatches, is(empty()));
    assertThat(checked, greaterThan(500));
  }

  @Test
  void whenParsedThenEveryObjectStatesItsAdditionalPropertiesAndEveryIntegerItsFormat() {
    List<String> missing = new ArrayList<>();
    served
        .get("components")
        .get("schemas")
        .fields()
        .forEachRemaining(schema -> checkSchema(schema.getKey(), schema.getValue(), missing));
    assertThat(String.join("\n", missing), missing, is(empty()));
  }

  /** Walks the schema as served (before any parser resolves references into it). */
  private static void checkSchema(String where, JsonNode schema, List<String> missing) {
    String type = schema.path("type").asText("");
    boolean composed = schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf");
    if (type.equals("object") && !composed && !schema.has("additionalProperties")) {
      missing.add(where + " states no additionalProperties");
    }
    if (type.equals("integer")
        && !List.of("int32", "int64").contains(schema.path("format").asText(""))) {
      missing.add(where + " is an integer without int32/int64 format");
    }
    schema
        .path("properties")
        .fields()
        .forEachRemaining(p -> checkSchema(where + "." + p.getKey(), p.getValue(), missing));
    if (schema.has("items")) {
      checkSchema(where + "[]", schema.get("items"), missing);
    }
    if (schema.path("additionalProperties").isObject()) {
      checkSchema(where + "{}", schema.get("additionalProperties"), missing);
    }
  }

  @Test
  void whenParsedThenEveryRequestStringIntegerAndArrayStatesItsBound() {
    List<String> unbounded = new ArrayList<>();
    JsonNode parameters = served.path("components").path("parameters");
    served
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          // OPTIONS is answered by the runtime before any bound is checked.
                          if (method.getKey().equals("options")
                              || method.getKey().equals("parameters")) {
                            return;
                          }
                          JsonNode operation = method.getValue();
                          String id = operation.path("operationId").asText();
                          for (JsonNode parameter : operation.path("parameters")) {
                            JsonNode resolved =
                                parameter.has("$ref")
                                    ? parameters.path(name(parameter.get("$ref")))
                                    : parameter;
                            checkBound(
                                id + " " + resolved.path("name").asText(),
                                resolved.path("schema"),
                                new ArrayList<>(),
                                unbounded);
                          }
                          operation
                              .path("requestBody")
                              .path("content")
                              .forEach(
                                  media ->
                                      checkBound(
                                          id + " body",
                                          media.path("schema"),
                                          new ArrayList<>(),
                                          unbounded));
                        }));
    assertThat(String.join("\n", unbounded), unbounded, is(empty()));
  }

  /** Walks a request schema as served, following references (once each on a path). */
  private static void checkBound(
      String where, JsonNode schema, List<String> seen, List<String> unbounded) {
    if (schema.has("$ref")) {
      String name = name(schema.get("$ref"));
      if (!seen.contains(name)) {
        List<String> deeper = new ArrayList<>(seen);
        deeper.add(name);
        checkBound(where, served.path("components").path("schemas").path(name), deeper, unbounded);
      }
      return;
    }
    for (String composed : List.of("allOf", "oneOf", "anyOf")) {
      schema.path(composed).forEach(part -> checkBound(where, part, seen, unbounded));
    }
    switch (schema.path("type").asText("")) {
      case "string" -> {
        if (!schema.has("maxLength") && !schema.has("enum")) {
          unbounded.add(where + ": a string without maxLength");
        }
      }
      case "integer" -> {
        if (!schema.has("minimum") || !schema.has("maximum")) {
          unbounded.add(where + ": an integer without minimum and maximum");
        }
      }
      case "array" -> {
        if (!schema.has("maxItems")) {
          unbounded.add(where + ": an array without maxItems");
        }
        checkBound(where + "[]", schema.path("items"), seen, unbounded);
      }
      case "object" -> {
        if (schema.path("additionalProperties").isObject() && !schema.has("maxProperties")) {
          unbounded.add(where + ": a map without maxProperties");
        }
      }
      default -> {}
    }
    schema
        .path("properties")
        .fields()
        .forEachRemaining(p -> checkBound(where + "." + p.getKey(), p.getValue(), seen, unbounded));
    if (schema.path("additionalProperties").isObject()) {
      checkBound(where + "{}", schema.get("additionalProperties"), seen, unbounded);
    }
  }

  private static String name(JsonNode ref) {
    String text = ref.asText();
    return text.substring(text.lastIndexOf('/') + 1);
  }

  @Test
  void whenParsedThenEveryOperationTakesARequestIdAndStatesWhatItAccepts() {
    Parameter requestId = document.getComponents().getParameters().get("Request-Id");
    assertThat(requestId.getIn(), is("header"));
    assertThat(requestId.getSchema().getPattern(), is("^req_[0-9A-Za-z]{8,64}$"));
    assertThat(requestId.getSchema().getMaxLength(), is(68));
    for (PathItem item : document.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        assertThat(
            operation.getOperationId(),
            parameters(operation).stream().map(Parameter::getName).toList(),
            hasItem("Request-Id"));
      }
    }
  }

  private static List<Parameter> parameters(Operation operation) {
    return operation.getParameters() == null ? List.of() : operation.getParameters();
  }

  private static Map<String, MediaType> content(ApiResponse response) {
    return response.getContent() == null ? Map.of() : response.getContent();
  }

  private static Map<String, Object> examples(MediaType media) {
    Map<String, Object> all = new java.util.LinkedHashMap<>();
    if (media.getExample() != null) {
      all.put("example", media.getExample());
    }
    if (media.getExamples() != null) {
      media.getExamples().forEach((name, example) -> all.put(name, example.getValue()));
    }
    return all;
  }

  private static boolean matchesType(String type, Object example) {
    return switch (type) {
      case "integer" ->
          example instanceof Integer
              || example instanceof Long
              || example instanceof java.math.BigInteger;
      case "number" -> example instanceof Number;
      case "boolean" -> example instanceof Boolean;
      case "string" -> example instanceof String;
      default -> true;
    };
  }

  private static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(
      List<String> mismatches, String where, ValidationReport report, String keyPrefix) {
    report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> m.getKey().startsWith(keyPrefix))
        .forEach(m -> mismatches.add(where + ": " + m.getMessage()));
  }
}
