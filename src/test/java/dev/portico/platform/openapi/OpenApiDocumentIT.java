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

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.testing.Api;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
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

  @BeforeAll
  static void parseServedDocument() {
    HttpResponse<String> response = Api.get("/openapi", "Accept", "application/json");
    assertThat(response.statusCode(), is(200));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    result = new OpenAPIV3Parser().readContents(response.body(), null, options);
    document = result.getOpenAPI();
  }

  private static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    document.getPaths().values().forEach(item -> all.addAll(item.readOperations()));
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
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
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
}
