package dev.portico.platform.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document reads a body by one set of rules: a body it does
 * not take, one not declared as JSON in UTF-8, and JSON that is not strictly one well-formed value
 * are each refused with the same problem on every operation, never read another way or ignored.
 */
class RequestBodiesIT {

  private static final String DEEP = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);

  private static List<Call> withBody;
  private static List<Call> withoutBody;

  record Call(String method, String path) {
    HttpResponse<String> send(BodyPublisher body, String... headers) {
      String[] all = new String[headers.length + 2];
      System.arraycopy(headers, 0, all, 0, headers.length);
      all[headers.length] = "Authorization";
      all[headers.length + 1] = Keys.bootstrapAuth()[1];
      return Api.offContract().send(method, path, body, all);
    }

    HttpResponse<String> sendJson(String json, String contentType) {
      return send(BodyPublishers.ofString(json), "Content-Type", contentType);
    }
  }

  @BeforeAll
  static void readTheOperations() {
    OpenAPI document =
        new OpenAPIV3Parser()
            .readContents(Api.get("/openapi", "Accept", "application/json").body())
            .getOpenAPI();
    withBody = new ArrayList<>();
    withoutBody = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      String concrete = path.getKey().replaceAll("\\{[^}]+}", "x_0");
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        Call call = new Call(operation.getKey().name(), concrete);
        (operation.getValue().getRequestBody() == null ? withoutBody : withBody).add(call);
      }
    }
    assertThat(withBody.size(), greaterThan(10));
    assertThat(withoutBody.size(), greaterThan(10));
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, String code, Call call, String what) {
    String where = call + " with " + what + ": " + response.body();
    assertThat(where, response.statusCode(), is(status));
    assertThat(
        where,
        response.headers().firstValue("Content-Type").orElse(""),
        is("application/problem+json"));
    JsonObject problem = Api.json(response);
    assertThat(where, problem.getString("code"), is(code));
    assertThat(where, response.headers().firstValue("Request-Id").isPresent(), is(true));
  }

  @Test
  void whenAnOperationTakesNoBodyThenABodySentToItIsRefused() {
    for (Call call : withoutBody) {
      assertRefused(
          call.send(BodyPublishers.ofString("{\"amount\":5000}")),
          415,
          "unsupported_media_type",
          call,
          "a body without Content-Type");
      assertRefused(
          call.sendJson("{", "application/json"),
          415,
          "unsupported_media_type",
          call,
          "a JSON body");
    }
  }

  @Test
  void whenABodyIsNotDeclaredAsJsonInUtf8ThenEveryOperationAnswers415() {
    for (Call call : withBody) {
      assertRefused(
          call.send(BodyPublishers.ofString("{}")), 415, "unsupported_media_type", call, "none");
      assertRefused(call.sendJson("{}", "*/*"), 415, "unsupported_media_type", call, "*/*");
      assertRefused(
          call.send(
              BodyPublishers.ofByteArray("{}".getBytes(StandardCharsets.UTF_16)),
              "Content-Type",
              "application/json; charset=utf-16"),
          415,
          "unsupported_media_type",
          call,
          "UTF-16");
    }
  }

  @Test
  void whenJsonIsNotStrictlyOneWellFormedUtf8ValueThenEveryOperationAnswers400() {
    byte[] bom = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
    byte[] invalidUtf8 = {'{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    for (Call call : withBody) {
      for (byte[] bytes : List.of(bom, invalidUtf8)) {
        assertRefused(
            call.send(BodyPublishers.ofByteArray(bytes), "Content-Type", "application/json"),
            400,
            "malformed_json",
            call,
            "a byte order mark or invalid UTF-8");
      }
      for (String json :
          List.of("{\"a\":1}{\"a\":2}", "{\"a\":1} trailing", "{\"a\":1,\"a\":1}", DEEP)) {
        assertRefused(
            call.sendJson(json, "application/json"),
            400,
            "malformed_json",
            call,
            json.length() > 40 ? "deep nesting" : json);
      }
      assertRefused(
          call.sendJson("[{}]", "application/json"), 400, "invalid_type", call, "an array");
    }
  }
}
