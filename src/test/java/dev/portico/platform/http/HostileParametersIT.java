package dev.portico.platform.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, given hostile path parameters, query parameters
 * and headers, answers without a server error, and every refusal is a problem with a request id.
 * Operations that change data are sent only with an id that names nothing, so no test data moves.
 */
class HostileParametersIT {

  /** Percent-encoded as a client would send them (the container refuses raw control bytes). */
  private static final List<String> HOSTILE_VALUES =
      List.of(
          "",
          "%20",
          "a".repeat(3000),
          "-1",
          "0",
          "99999999999999999999999",
          "1e309",
          "NaN",
          "null",
          "%27%20OR%20%271%27%3D%271",
          "%C3%A9%E2%80%AE%F0%9F%98%80",
          "%3Cscript%3E",
          "..%2F..%2Fetc",
          "%2B999999999-12-31T23%3A59%3A59Z",
          "created_at%3Adesc%3Aextra",
          "id%2C%2C%2Cname");

  private static final List<String[]> HOSTILE_HEADERS =
      List.of(
          new String[] {"If-Match", "not-an-etag"},
          new String[] {"If-Match", "\"" + "9".repeat(40) + "\""},
          new String[] {"Idempotency-Key", "k".repeat(300)},
          new String[] {"Idempotency-Key", "two words"},
          new String[] {"Request-Id", "req_<script>"},
          new String[] {"Accept", "application/json;q=abc, */*;q=x"},
          new String[] {"Accept-Language", "q=;;,,"},
          new String[] {"X-API-Key", "sk_test_" + "!".repeat(43)});

  private static final List<Call> calls = new ArrayList<>();

  record Call(String method, String template, List<Parameter> parameters) {

    boolean changesData() {
      return !method.equals("GET");
    }

    boolean hasPathParameter() {
      return template.contains("{");
    }

    String path(String pathValue) {
      return template.replaceAll("\\{[^}]+}", pathValue);
    }
  }

  @BeforeAll
  static void readTheOperations() {
    OpenAPI document =
        new OpenAPIV3Parser()
            .readContents(Api.get("/openapi", "Accept", "application/json").body())
            .getOpenAPI();
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        List<Parameter> parameters = new ArrayList<>();
        if (path.getValue().getParameters() != null) {
          parameters.addAll(path.getValue().getParameters());
        }
        if (operation.getValue().getParameters() != null) {
          parameters.addAll(operation.getValue().getParameters());
        }
        calls.add(new Call(operation.getKey().name(), path.getKey(), parameters));
      }
    }
    assertThat(calls.size(), greaterThan(40));
  }

  private static HttpResponse<String> send(Call call, String path, String... headers) {
    String[] all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Authorization";
    all[headers.length + 1] = Keys.bootstrapAuth()[1];
    return Api.offContract().send(call.method(), path, BodyPublishers.noBody(), all);
  }

  private static void assertNoServerError(HttpResponse<String> response, String what) {
    String where = what + " -> " + response.statusCode() + " " + response.body();
    assertThat(where, response.statusCode(), lessThan(500));
    assertThat(where, response.headers().firstValue("Request-Id").isPresent(), is(true));
    if (response.statusCode() >= 400) {
      assertThat(
          where,
          response.headers().firstValue("Content-Type").orElse(""),
          startsWith("application/problem+json"));
      JsonObject problem = Api.json(response);
      assertThat(where, problem.getString("request_id").startsWith("req_"), is(true));
    }
  }

  @Test
  void whenPathParametersAreHostileThenEveryOperationAnswersWithoutAServerError() {
    int sent = 0;
    for (Call call : calls) {
      if (!call.hasPathParameter()) {
        continue;
      }
      for (String value : HOSTILE_VALUES) {
        if (value.isEmpty()) {
          continue; // an empty segment is another path, not a value of this one
        }
        String path = call.path(value);
        assertNoServerError(send(call, path), call.method() + " " + path);
        sent++;
      }
    }
    assertThat(sent, greaterThan(200));
  }

  @Test
  void whenQueryParametersAreHostileThenEveryOperationAnswersWithoutAServerError() {
    int sent = 0;
    for (Call call : calls) {
      if (call.changesData() && !call.hasPathParameter()) {
        continue;
      }
      String path = call.path("x_0");
      for (Parameter parameter : call.parameters()) {
        if (!"query".equals(parameter.getIn())) {
          continue;
        }
        for (String value : HOSTILE_VALUES) {
          String query = path + "?" + parameter.getName() + "=" + value;
          assertNoServerError(send(call, query), call.method() + " " + query);
          sent++;
        }
        String twice = path + "?" + parameter.getName() + "=1&" + parameter.getName() + "=2";
        assertNoServerError(send(call, twice), call.method() + " " + twice);
      }
    }
    assertThat(sent, greaterThan(200));
  }

  @Test
  void whenHeadersAreHostileThenEveryOperationAnswersWithoutAServerError() {
    for (Call call : calls) {
      if (call.changesData() && !call.hasPathParameter()) {
        continue;
      }
      String path = call.path("x_0");
      for (String[] header : HOSTILE_HEADERS) {
        assertNoServerError(
            send(call, path, header[0], header[1]),
            call.method() + " " + path + " with " + header[0] + ": " + header[1]);
      }
    }
  }
}
