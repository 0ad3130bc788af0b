package dev.portico.platform.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1}, its deprecated alias and the changelog, over HTTP. */
class ApiRootIT {

  @Test
  void whenApiIsDescribedThenVersionsAndLinksInSnakeCase() {
    HttpResponse<String> response = Api.get("/api/v1");

    assertThat(response.statusCode(), is(200));
    assertThat(
        response.headers().firstValue("Content-Type").orElse(""), startsWith("application/json"));
    JsonObject api = Api.json(response);
    assertThat(api.getString("object"), is("api"));
    assertThat(api.getString("current_version"), is("v1"));
    JsonObject v1 = api.getJsonArray("versions").getJsonObject(0);
    assertThat(v1.getString("base_path"), is("/api/v1"));
    assertThat(v1.getString("status"), is("current"));
    assertThat(api.getJsonObject("links").getString("openapi"), is("/openapi"));
    assertThat(api.getJsonObject("links").getString("changelog"), is("/api/v1/changelog"));
  }

  @Test
  void whenApiIsDescribedThenNoDeprecationHeaders() {
    HttpResponse<String> response = Api.get("/api/v1");

    assertThat(response.headers().firstValue("Deprecation").isPresent(), is(false));
    assertThat(response.headers().firstValue("Sunset").isPresent(), is(false));
  }

  @Test
  void whenDeprecatedAliasIsCalledThenSameBodyWithDeprecationSunsetAndLink() {
    HttpResponse<String> alias = Api.get("/api/v1/about");

    assertThat(alias.statusCode(), is(200));
    assertThat(Api.json(alias), is(Api.json(Api.get("/api/v1"))));
    assertThat(alias.headers().firstValue("Deprecation").orElse(""), matchesPattern("@\\d+"));
    assertThat(
        alias.headers().firstValue("Sunset").orElse(""),
        matchesPattern("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
    assertThat(
        alias.headers().allValues("Link"),
        hasItem("</api/v1/changelog>; rel=\"deprecation\"; type=\"application/json\""));
    assertThat(alias.headers().allValues("Link"), hasItem("</api/v1>; rel=\"successor-version\""));
  }

  @Test
  void whenChangelogIsListedThenListEnvelopeNewestFirst() {
    HttpResponse<String> response = Api.get("/api/v1/changelog");

    assertThat(response.statusCode(), is(200));
    JsonObject list = Api.json(response);
    assertThat(list.getString("object"), is("list"));
    assertThat(list.getBoolean("has_more"), is(false));
    assertThat(list.get("next_cursor"), is(JsonValue.NULL));
    assertThat(list.getJsonArray("data").size(), greaterThan(0));
    JsonObject entry = list.getJsonArray("data").getJsonObject(0);
    assertThat(entry.getString("object"), is("changelog_entry"));
    assertThat(entry.getString("date"), matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(response.body(), containsString("/api/v1/about"));
  }

  @Test
  void whenEchoedThenMessageDataAndRequestIdComeBack() {
    HttpResponse<String> response =
        Api.postJson(
            "/api/v1/echo",
            "{\"message\":\"héllo ✓\",\"data\":{\"job\":\"job_123\",\"n\":[1,2.5,null]}}",
            Keys.bootstrapAuth());

    assertThat(response.statusCode(), is(200));
    JsonObject echo = Api.json(response);
    assertThat(echo.getString("object"), is("echo"));
    assertThat(echo.getString("message"), is("héllo ✓"));
    assertThat(echo.getJsonObject("data").getString("job"), is("job_123"));
    assertThat(echo.getJsonObject("data").getJsonArray("n").size(), is(3));
    assertThat(
        echo.getString("request_id"),
        is(response.headers().firstValue("Request-Id").orElseThrow()));
    String receivedAt = echo.getString("received_at");
    assertThat(receivedAt, matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"));
    assertThat(ZonedDateTime.parse(receivedAt).getOffset().getTotalSeconds(), is(0));
  }
}
