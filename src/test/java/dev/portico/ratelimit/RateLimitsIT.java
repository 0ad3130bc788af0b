package dev.portico.ratelimit;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.ApplicationMetrics;
import dev.portico.testing.FromAddress;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Rate limits over HTTP on the running server: exact admission at the burst, headers that match the
 * count, an honest Retry-After, separate budgets, overrides and tier changes, and refusals that
 * change nothing, and the application metrics that count them. Window roll-over is in {@link
 * RateLimiterTest}, on a clock the test moves.
 */
class RateLimitsIT {

  private static final String CUSTOMERS = "/api/v1/customers";
  private static final String ADMITTED = "portico_rate_limits_requests_admitted_total";
  private static final String REFUSED = "portico_rate_limits_requests_refused_total";
  private static final String BACKEND_FAILING = "portico_rate_limits_backend_failing";

  @Test
  void whenAKeyBurstsThenExactlyItsBurstIsAdmittedAndTheHeadersCountDown() {
    // Five at once, then one token every ten seconds: the test runs well inside the ten.
    String key = keyWith("standard", "{\"burst\":5,\"per_minute\":6}");

    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> admitted = Api.get(CUSTOMERS, Keys.auth(key));
      assertThat(admitted.statusCode(), is(200));
      assertThat(
          header(admitted, "RateLimit-Policy"),
          is(
              "\"burst\";q=5;w=50, \"minute\";q=6;w=60, \"hour\";q=5000;w=3600,"
                  + " \"day\";q=50000;w=86400"));
      assertThat(header(admitted, "X-RateLimit-Limit"), is("5"));
      assertThat(header(admitted, "X-RateLimit-Remaining"), is(String.valueOf(5 - i)));
      assertThat(header(admitted, "RateLimit"), is("\"burst\";r=" + (5 - i) + ";t=" + 10 * i));
      long reset = Long.parseLong(header(admitted, "X-RateLimit-Reset"));
      long now = Instant.now().getEpochSecond();
      assertThat(
          reset,
          allOf(greaterThanOrEqualTo(now + 10L * i - 1), lessThanOrEqualTo(now + 10L * i + 1)));
    }

    HttpResponse<String> refused = Api.get(CUSTOMERS, Keys.auth(key));
    JsonObject problem = assertProblem(refused, 429, "rate_limited");
    assertThat(
        problem.getString("detail"),
        is(
            "This credential has used its burst limit of 5 requests. Retry after "
                + header(refused, "Retry-After")
                + " s."));
    assertThat(
        Long.parseLong(header(refused, "Retry-After")),
        allOf(greaterThanOrEqualTo(1L), lessThanOrEqualTo(10L)));
    assertThat(header(refused, "X-RateLimit-Remaining"), is("0"));
    assertThat(header(refused, "RateLimit"), startsWith("\"burst\";r=0;t="));
  }

  @Test
  void whenRefusedThenARetryAfterRetryAfterSecondsIsAdmitted() throws InterruptedException {
    String key = keyWith("standard", "{\"burst\":2,\"per_minute\":60}");
    assertThat(admittedOf(key, 2), is(2));

    HttpResponse<String> refused = Api.get(CUSTOMERS, Keys.auth(key));
    assertThat(refused.statusCode(), is(429));
    long wait = Long.parseLong(header(refused, "Retry-After"));
    assertThat(wait, is(1L));

    Thread.sleep(wait * 1_000);
    assertThat(Api.get(CUSTOMERS, Keys.auth(key)).statusCode(), is(200));
  }

  @Test
  void whenFortyRequestsOfOneKeyArriveAtOnceThenEachIsAnsweredAndTheBurstIsExact()
      throws InterruptedException {
    // More at once than the database pool holds (20): counting in PostgreSQL must never wait for a
    // connection that requests waiting on it hold.
    String key = keyWith("standard", "{\"burst\":25,\"per_minute\":60,\"per_hour\":25}");
    ExecutorService clients = Executors.newFixedThreadPool(40);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        statuses.add(clients.submit(() -> Api.get(CUSTOMERS, Keys.auth(key)).statusCode()));
      }
      int admitted = 0;
      for (Future<Integer> status : statuses) {
        int code = status.get(30, TimeUnit.SECONDS);
        assertThat(code == 200 || code == 429, is(true));
        admitted += code == 200 ? 1 : 0;
      }
      assertThat(admitted, is(25));
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("a request was not answered", e);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void whenOneKeyIsRefusedThenAnotherKeyOfTheSameOrganizationIsNot() {
    String spent = keyWith("standard", "{\"burst\":2,\"per_minute\":6}");
    String fresh = keyWith("standard", "{\"burst\":2,\"per_minute\":6}");
    assertThat(admittedOf(spent, 4), is(2));

    assertThat(admittedOf(fresh, 4), is(2));
  }

  @Test
  void whenAKeyHasAnOverrideThenItBeatsItsTierAndRateLimitShowsBoth() {
    String key = keyWith("premium", "{\"burst\":3}");

    HttpResponse<String> shown = Api.get("/api/v1/rate-limit", Keys.auth(key));
    assertThat(shown.statusCode(), is(200));
    JsonObject status = Api.json(shown);
    assertThat(status.getString("object"), is("rate_limit"));
    assertThat(status.getBoolean("enforced"), is(true));
    assertThat(status.getString("tier"), is("premium"));
    JsonObject limits = status.getJsonObject("limits");
    assertThat(limits.getInt("per_minute"), is(300));
    assertThat(limits.getInt("per_hour"), is(15_000));
    assertThat(limits.getInt("burst"), is(3));
    assertThat(strings(status, "overridden"), contains("burst"));
    assertThat(status.getString("binding"), is("burst"));
    List<String> names = new ArrayList<>();
    for (JsonValue window : status.getJsonArray("windows")) {
      names.add(window.asJsonObject().getString("name"));
    }
    assertThat(names, contains("burst", "minute", "hour", "day"));
    JsonObject burst = status.getJsonArray("windows").getJsonObject(0);
    assertThat(burst.getInt("limit"), is(3));
    assertThat(burst.getInt("remaining"), is(2));
    assertThat(burst.getInt("remaining") + "", is(header(shown, "X-RateLimit-Remaining")));
    JsonObject minute = status.getJsonArray("windows").getJsonObject(1);
    assertThat(minute.getInt("remaining"), is(299));
    assertThat(minute.getInt("window_seconds"), is(60));

    // Premium's burst would admit all five; the override's leaves two, plus one if its refill at
    // 300 a minute (one every 200 ms) came between the read above and these requests.
    assertThat(admittedOf(key, 5), allOf(greaterThanOrEqualTo(2), lessThanOrEqualTo(3)));
  }

  @Test
  void whenTheTierChangesThenTheNextRequestHasTheNewLimits() {
    JsonObject created =
        TestApiKeys.createWith(
            "{\"name\":\"Tier change\",\"scopes\":[\"customers:read\"],\"rate_limit_tier\":\"basic\"}");
    String key = created.getString("secret");
    assertThat(header(Api.get(CUSTOMERS, Keys.auth(key)), "X-RateLimit-Limit"), is("10"));

    HttpResponse<String> changed =
        Api.patchJson(
            "/api/v1/api-keys/" + created.getString("id"),
            "{\"rate_limit_tier\":\"enterprise\"}",
            Keys.bootstrapAuth());
    assertThat(changed.statusCode(), is(200));

    HttpResponse<String> next = Api.get(CUSTOMERS, Keys.auth(key));
    assertThat(header(next, "X-RateLimit-Limit"), is("100"));
    assertThat(header(next, "X-RateLimit-Remaining"), is("98"));
  }

  @Test
  void whenARequestIsRefusedThenItChangesNothingAndItsIdempotencyKeyStaysFree()
      throws InterruptedException {
    String key = keyWith("standard", "{\"burst\":1,\"per_minute\":60}");
    String body = "{\"name\":\"Refused customer\",\"email\":\"refused@example.com\"}";
    assertThat(Api.get(CUSTOMERS, Keys.auth(key)).statusCode(), is(200));

    HttpResponse<String> refused =
        Api.send(
            "POST",
            CUSTOMERS,
            java.net.http.HttpRequest.BodyPublishers.ofString(body),
            "Authorization",
            "Bearer " + key,
            "Content-Type",
            "application/json",
            "Idempotency-Key",
            "refused-" + key.substring(12, 24));
    assertProblem(refused, 429, "rate_limited");
    String search = CUSTOMERS + "?email=refused@example.com";
    assertThat(Api.json(Api.get(search, Keys.bootstrapAuth())).getJsonArray("data").size(), is(0));
  }

  @Test
  void whenErrorsAreAnsweredThenTheyCarryTheHeadersButAnUnauthenticatedCallDoesNot() {
    String key = keyWith("standard", null);

    HttpResponse<String> missing =
        Api.get(CUSTOMERS + "/cus_0000000000000000000000", Keys.auth(key));
    assertThat(missing.statusCode(), is(404));
    assertThat(header(missing, "X-RateLimit-Limit"), is("20"));
    assertThat(header(missing, "X-RateLimit-Remaining"), is("19"));

    HttpResponse<String> anonymous = Api.offContract().get(CUSTOMERS);
    assertThat(anonymous.statusCode(), is(401));
    assertThat(anonymous.headers().firstValue("RateLimit").isPresent(), is(false));
  }

  @Test
  void whenACallHasNoKeyThenItCountsAgainstItsAddressUnderTheAnonymousTier() {
    // The test server counts calls without a key under enterprise (bin/test): a burst of 100, then
    // 10 a second. From 127.0.0.2 this test is the only client of its budget.
    String address = "127.0.0.2";
    FromAddress.Answer first = FromAddress.get(address, "/api/v1");
    assertThat(first.status(), is(200));
    assertThat(first.header("X-RateLimit-Limit"), is("100"));
    assertThat(first.header("X-RateLimit-Remaining"), is("99"));
    assertThat(first.header("RateLimit-Policy"), startsWith("\"burst\";q=100;w=10, "));

    long started = System.nanoTime();
    int admitted = 1;
    FromAddress.Answer answer = FromAddress.get(address, "/api/v1/changelog");
    while (answer.status() == 200 && admitted < 400) {
      admitted++;
      answer = FromAddress.get(address, "/api/v1/changelog");
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1;
    assertThat(answer.body(), answer.status(), is(429));
    assertThat(
        admitted, allOf(greaterThanOrEqualTo(100), lessThanOrEqualTo(100 + 10 * (int) seconds)));
    assertThat(answer.header("Retry-After"), is("1"));
    assertThat(answer.header("X-RateLimit-Remaining"), is("0"));
    assertThat(answer.body(), containsString("Requests without a key from this address"));

    // Another address keeps its own budget.
    HttpResponse<String> local = Api.get("/api/v1");
    assertThat(local.statusCode(), is(200));
    assertThat(header(local, "X-RateLimit-Limit"), is("100"));
  }

  @Test
  void whenRequestsAreAdmittedAndRefusedThenTheApplicationMetricsCountThem() {
    String key = keyWith("standard", "{\"burst\":1,\"per_minute\":6}");
    ApplicationMetrics before = ApplicationMetrics.read();

    assertThat(Api.get(CUSTOMERS, Keys.auth(key)).statusCode(), is(200));
    assertThat(Api.get(CUSTOMERS, Keys.auth(key)).statusCode(), is(429));

    // Other tests' requests may be counted meanwhile: at least these two.
    ApplicationMetrics after = ApplicationMetrics.read();
    assertThat(after.value(ADMITTED), greaterThanOrEqualTo(before.value(ADMITTED) + 1));
    assertThat(
        after.value(REFUSED, "window=\"burst\""),
        greaterThanOrEqualTo(before.value(REFUSED, "window=\"burst\"") + 1));
    assertThat(after.value(BACKEND_FAILING), is(0.0));
  }

  @Test
  void whenTheTiersAreListedThenTheyAreExactlyThoseOfTheContract() {
    HttpResponse<String> listed = Api.get("/api/v1/rate-limits", Keys.bootstrapAuth());
    assertThat(listed.statusCode(), is(200));
    JsonObject page = Api.json(listed);
    assertThat(page.getString("object"), is("list"));
    assertThat(page.getBoolean("has_more"), is(false));
    assertThat(page.isNull("next_cursor"), is(true));
    List<String> rows = new ArrayList<>();
    for (JsonValue value : page.getJsonArray("data")) {
      JsonObject tier = value.asJsonObject();
      rows.add(
          tier.getString("id")
              + " "
              + tier.getInt("per_minute")
              + " "
              + tier.getInt("per_hour")
              + " "
              + tier.getInt("per_day")
              + " "
              + tier.getInt("burst")
              + (tier.getBoolean("is_default") ? " default" : ""));
    }
    assertThat(
        rows,
        contains(
            "basic 60 1000 10000 10",
            "standard 120 5000 50000 20 default",
            "premium 300 15000 150000 50",
            "enterprise 600 50000 500000 100"));
  }

  private static String keyWith(String tier, String override) {
    return TestApiKeys.createWith(
            "{\"name\":\"Rate-limited\",\"scopes\":[\"customers:read\",\"customers:write\"],"
                + "\"rate_limit_tier\":\""
                + tier
                + "\""
                + (override == null ? "" : ",\"rate_limit_override\":" + override)
                + "}")
        .getString("secret");
  }

  private static HttpResponse<String> create(String key, String body, String idempotencyKey) {
    return Api.send(
        "POST",
        CUSTOMERS,
        HttpRequest.BodyPublishers.ofString(body),
        "Authorization",
        "Bearer " + key,
        "Content-Type",
        "application/json",
        "Idempotency-Key",
        idempotencyKey);
  }

  private static int admittedOf(String key, int requests) {
    int admitted = 0;
    for (int i = 0; i < requests; i++) {
      if (Api.get(CUSTOMERS, Keys.auth(key)).statusCode() == 200) {
        admitted++;
      }
    }
    return admitted;
  }

  private static String header(HttpResponse<String> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " header"));
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
