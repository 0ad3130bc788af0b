package dev.portico.platform.problem;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.FromAddress;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every error path a client can reach answers with an RFC 9457 problem, end to end. */
class ProblemResponsesIT {

  private static final String ECHO = "/api/v1/echo";

  @Test
  void whenApiPathIsUnknownThen404Problem() {
    assertProblem(Api.offContract().get("/api/v1/no-such-resource"), 404, "not_found");
  }

  @Test
  void whenPathOutsideApiIsUnknownThen404Problem() {
    JsonObject problem = assertProblem(Api.offContract().get("/no/such/page"), 404, "not_found");

    assertThat(problem.getString("instance"), is("/no/such/page"));
  }

  @Test
  void whenMethodIsWrongThen405ProblemWithAllowHeader() {
    HttpResponse<String> response =
        Api.offContract().send("DELETE", "/api/v1", BodyPublishers.noBody());

    assertProblem(response, 405, "method_not_allowed");
    assertThat(response.headers().firstValue("Allow").orElse(""), containsString("GET"));
  }

  @Test
  void whenMediaTypeIsUnsupportedThen415Problem() {
    HttpResponse<String> response =
        Api.offContract()
            .send(
                "POST", ECHO, BodyPublishers.ofString("message=hi"), "Content-Type", "text/plain");

    assertProblem(response, 415, "unsupported_media_type");
  }

  @Test
  void whenBodyIsOverOneMebibyteThen413Problem() {
    assertProblem(
        Api.offContract().postJson(ECHO, oversizedBody(), Keys.bootstrapAuth()),
        413,
        "payload_too_large");
  }

  @Test
  void whenChunkedBodyIsOverOneMebibyteThen413Problem() {
    byte[] body = oversizedBody().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> response =
        Api.offContract()
            .send(
                "POST",
                ECHO,
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "Content-Type",
                "application/json",
                "Authorization",
                Keys.bootstrapAuth()[1]);

    assertProblem(response, 413, "payload_too_large");
  }

  @Test
  void whenJsonIsMalformedThen400MalformedJson() {
    assertProblem(
        Api.offContract().postJson(ECHO, "{\"message\":", Keys.bootstrapAuth()),
        400,
        "malformed_json");
  }

  @Test
  void whenBodyIsEmptyThen400Problem() {
    HttpResponse<String> response = Api.offContract().postJson(ECHO, "", Keys.bootstrapAuth());

    assertThat(response.statusCode(), is(400));
    assertThat(
        Api.json(response).getString("code"),
        org.hamcrest.Matchers.oneOf("malformed_json", "validation_failed"));
  }

  @Test
  void whenFieldIsUnknownThen400NamingTheField() {
    JsonObject problem =
        assertProblem(
            Api.offContract()
                .postJson(ECHO, "{\"message\":\"hi\",\"mesage\":\"hi\"}", Keys.bootstrapAuth()),
            400,
            "unknown_field");

    assertThat(problem.getString("detail"), containsString("mesage"));
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"), is("mesage"));
  }

  @Test
  void whenFieldHasWrongTypeThen400InvalidType() {
    assertProblem(
        Api.offContract()
            .postJson(ECHO, "{\"message\":\"hi\",\"data\":[1,2]}", Keys.bootstrapAuth()),
        400,
        "invalid_type");
    assertProblem(
        Api.offContract().postJson(ECHO, "{\"message\":{\"text\":\"hi\"}}", Keys.bootstrapAuth()),
        400,
        "invalid_type");
  }

  @Test
  void whenFieldIsInvalidThen400WithFieldErrors() {
    JsonObject problem =
        assertProblem(
            Api.offContract().postJson(ECHO, "{\"message\":\" \"}", Keys.bootstrapAuth()),
            400,
            "validation_failed");

    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field"), is("message"));
    assertThat(error.getString("message").isBlank(), is(false));
  }

  @Test
  void whenAcceptIsUnsupportedThen406Problem() {
    assertProblem(
        Api.offContract().get("/api/v1", "Accept", "application/xml"), 406, "not_acceptable");
  }

  @Test
  void whenBodiesAreHostileThenNeverAServerError() {
    String[] hostile = {
      "[]",
      "null",
      "42",
      "\"text\"",
      "{}",
      "{\"message\":null}",
      "{\"message\":\"\\ud800\"}",
      "{\"message\":\"hi\",\"data\":{\"n\":1e999999}}",
      "{\"message\":\"hi\"}{\"message\":\"again\"}",
      "{\"message\":\"hi\",}",
      "[".repeat(5000) + "]".repeat(5000),
      "{\"message\":" + "[".repeat(3000),
      "\uFEFF{\"message\":\"bom\"}",
      "{\"message\":\"hi\",\"message\":\"twice\"}",
      "{\"message\":\"hi\",\"data\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}"
    };
    for (String body : hostile) {
      HttpResponse<String> response = Api.offContract().postJson(ECHO, body, Keys.bootstrapAuth());
      assertThat("status for " + abbreviate(body), response.statusCode() < 500, is(true));
      assertThat(response.headers().firstValue("Request-Id").isPresent(), is(true));
    }
  }

  @Test
  void whenBodyIsNotUtf8ThenNeverAServerError() {
    byte[] invalidUtf8 = {'{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    HttpResponse<String> response =
        Api.offContract()
            .send(
                "POST",
                ECHO,
                BodyPublishers.ofByteArray(invalidUtf8),
                "Content-Type",
                "application/json",
                "Authorization",
                Keys.bootstrapAuth()[1]);

    assertThat(response.statusCode() < 500, is(true));
  }

  @Test
  void whenProblemIsServedThenItsTypeIsUnderDocsErrors() {
    HttpResponse<String> response = Api.offContract().get("/api/v1/nope");

    assertThat(
        Arrays.asList(ErrorCode.values()).stream().map(ErrorCode::type).toList(),
        hasItem(Api.json(response).getString("type")));
  }

  private static String oversizedBody() {
    return "{\"message\":\"" + "a".repeat(1024 * 1024 + 16) + "\"}";
  }

  private static String abbreviate(String body) {
    return body.length() > 60 ? body.substring(0, 60) + "…" : body;
  }

  @Test
  void whenAcceptLanguageCannotBeParsedThenItIsIgnored() {
    for (String header : new String[] {";;;q=x,,-", "en-US;q=abc", "*;q=2"}) {
      HttpResponse<String> api =
          Api.offContract()
              .get(
                  "/api/v1/customers",
                  "Accept-Language",
                  header,
                  "Authorization",
                  Keys.bootstrapAuth()[1]);
      HttpResponse<String> page = Api.get("/docs/getting-started", "Accept-Language", header);

      assertThat(header, api.statusCode(), is(200));
      assertThat(header, page.statusCode(), is(200));
    }
  }

  @Test
  void whenThePathHoldsRawUtf8ThenTheProblemsInstanceIsAUriReference() {
    FromAddress.Answer answer =
        FromAddress.send(
            "127.0.0.1",
            "GET /api/v1/customers/cus_é|x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String instance =
        jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))
            .readObject()
            .getString("instance");

    assertThat(answer.status() >= 400 && answer.status() < 500, is(true));
    assertThat(java.net.URI.create(instance).getRawPath(), startsWith("/api/v1/customers/cus_"));
  }

  @Test
  void whenLimitIsNotPlainDigitsThen400NamingIt() {
    for (String limit : new String[] {"%205", "5%20", "+5", "5.0", "1e1", "0", "101"}) {
      JsonObject problem =
          assertProblem(
              Api.offContract().get("/api/v1/customers?limit=" + limit, Keys.bootstrapAuth()),
              400,
              "validation_failed");

      assertThat(
          limit, problem.getJsonArray("errors").getJsonObject(0).getString("field"), is("limit"));
    }
  }

  @Test
  void whenADateIsOutsideTheAcceptedRangeThen400NamingIt() {
    JsonObject body =
        assertProblem(
            Api.offContract()
                .postJson(
                    "/api/v1/api-keys",
                    "{\"name\":\"far\",\"scopes\":[\"customers:read\"],"
                        + "\"expires_at\":\"+999999999-12-31T23:59:59Z\"}",
                    Keys.bootstrapAuth()),
            400,
            "invalid_type");
    JsonObject filter =
        assertProblem(
            Api.offContract()
                .get(
                    "/api/v1/customers?created_gte=%2B999999999-12-31T00:00:00Z",
                    Keys.bootstrapAuth()),
            400,
            "validation_failed");

    assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field"), is("expires_at"));
    assertThat(
        filter.getJsonArray("errors").getJsonObject(0).getString("message"),
        containsString("1900-01-01 to 9999-12-31"));
  }
}
