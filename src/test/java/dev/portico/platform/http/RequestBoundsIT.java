package dev.portico.platform.http;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value longer or larger than the bound the OpenAPI document states for it is refused with a 400
 * naming it: one case for each kind of bound (path, query, header, body text, list element, body
 * integer).
 */
class RequestBoundsIT {

  /** One character longer than the longest id ({@code PrefixedIds.MAX_LENGTH}, 29). */
  private static final String TOO_LONG_ID = "cus_" + "a".repeat(26);

  private static List<String> fields(HttpResponse<String> response) {
    JsonObject problem = assertProblem(response, 400, "validation_failed");
    return problem.getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .toList();
  }

  private static List<String> fieldsOfPost(String path, String json) {
    return fields(Api.offContract().postJson(path, json, Keys.bootstrapAuth()));
  }

  @Test
  void whenAPathIdIsLongerThanAnyIdThen400NamingIt() {
    HttpResponse<String> response =
        Api.offContract().get("/api/v1/customers/" + TOO_LONG_ID, Keys.bootstrapAuth());

    assertThat(fields(response), is(List.of("id")));
  }

  @Test
  void whenAQueryParameterIsOverItsBoundThen400NamingIt() {
    HttpResponse<String> response =
        Api.offContract().get("/api/v1/customers?q=" + "a".repeat(257), Keys.bootstrapAuth());

    assertThat(fields(response), is(List.of("q")));
    assertThat(
        fields(
            Api.offContract()
                .get(
                    "/api/v1/jobs?created_gte=2026-11-24T09:20:45.123456789012345678Z",
                    Keys.bootstrapAuth())),
        is(List.of("created_gte")));
  }

  @Test
  void whenIfMatchIsOverItsBoundThen400NamingIt() {
    HttpResponse<String> response =
        Api.offContract()
            .send(
                "DELETE",
                "/api/v1/customers/cus_0GZlGz3ZzMXlqC1aYw8N1w",
                BodyPublishers.noBody(),
                "If-Match",
                "\"" + "1".repeat(300) + "\"",
                "Authorization",
                Keys.bootstrapAuth()[1]);

    assertThat(fields(response), is(List.of("If-Match")));
  }

  @Test
  void whenABodyIdIsLongerThanAnyIdThen400NamingIt() {
    List<String> fields =
        fieldsOfPost(
            "/api/v1/jobs", "{\"customer\":\"" + TOO_LONG_ID + "\",\"title\":\"Boiler service\"}");

    assertThat(fields, is(List.of("customer")));
  }

  @Test
  void whenAListElementIsOverItsBoundThen400NamingItsIndex() {
    List<String> fields =
        fieldsOfPost(
            "/api/v1/api-keys",
            "{\"name\":\"Bounded\",\"scopes\":[\"customers:read\",\""
                + "s".repeat(65)
                + "\"],\"allowed_ips\":[\""
                + "1".repeat(50)
                + "\"]}");

    assertThat(fields, hasItem("scopes[1]"));
    assertThat(fields, hasItem("allowed_ips[0]"));
  }

  @Test
  void whenARefundIsLargerThanAnyAmountThen400NamingIt() {
    List<String> fields =
        fieldsOfPost(
            "/api/v1/payments/pay_0GZlGz3ZzMXlqC1aYw8N1w/refund",
            "{\"amount\":" + (Long.MAX_VALUE / 4 + 1) + "}");

    assertThat(fields, is(List.of("amount")));
  }

  @Test
  void whenAClockStepIsOverItsBoundThen400NamingIt() {
    List<String> fields =
        fieldsOfPost("/api/v1/sandbox/clock", "{\"advance_by\":\"P" + "1".repeat(64) + "D\"}");

    assertThat(fields, is(List.of("advance_by")));
  }
}
