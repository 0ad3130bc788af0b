package dev.portico.webhook;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static dev.portico.testing.TestWebhookEndpoints.ENDPOINTS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.ReceivedRequest;
import dev.portico.testing.ReceivingEndpoints;
import dev.portico.testing.TestApiKeys;
import dev.portico.testing.TestWebhookEndpoints;
import dev.portico.testing.WebhookAnswer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The endpoints API over HTTP: create, list, retrieve, update and delete with the usual
 * conventions, the scopes it needs, what it refuses, the audited reveal of a secret; an endpoint
 * failing for the configured period (10 s in the test run) is disabled, and a receiver that hangs
 * does not hold back another's deliveries.
 */
class WebhookEndpointsIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension final ReceivingEndpoints hooks = new ReceivingEndpoints();
  private final String key = hooks.key();

  private JsonObject endpoint(String name, String... types) {
    return hooks.endpoint(name, types);
  }

  @Test
  void whenAnEndpointIsCreatedReadUpdatedAndDeletedThenEachAnswerFollowsTheConventions() {
    HttpResponse<String> created =
        Api.postJson(
            ENDPOINTS,
            "{\"url\":\""
                + hooks.receiver().url("crud")
                + "\",\"description\":\"Dispatch board\",\"enabled_events\":[\"job.completed\","
                + "\"invoice.paid\"]}",
            Keys.auth(key));
    assertThat(created.body(), created.statusCode(), is(201));
    JsonObject endpoint = Api.json(created);
    String id = endpoint.getString("id");
    assertThat(id, startsWith("whep_"));
    assertThat(endpoint.getString("secret"), startsWith("whsec_"));
    assertThat(created.headers().firstValue("Location").orElseThrow(), containsString(id));
    assertThat(endpoint.getString("status"), is("enabled"));

    HttpResponse<String> read = Api.get(ENDPOINTS + "/" + id, Keys.auth(key));
    assertThat(read.statusCode(), is(200));
    assertThat(Api.json(read).containsKey("secret"), is(false));
    String listed = Api.get(ENDPOINTS + "?limit=100", Keys.auth(key)).body();
    assertThat(listed, containsString(id));
    assertThat(listed, not(containsString(endpoint.getString("secret"))));

    String etag = read.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> patched =
        Api.patchJson(
            ENDPOINTS + "/" + id,
            "{\"enabled_events\":[\"*\"],\"description\":null,\"status\":\"disabled\"}",
            "Authorization",
            "Bearer " + key,
            "If-Match",
            etag);
    assertThat(patched.body(), patched.statusCode(), is(200));
    JsonObject changed = Api.json(patched);
    assertThat(changed.getJsonArray("enabled_events").getString(0), is("*"));
    assertThat(changed.isNull("description"), is(true));
    assertThat(changed.getString("disabled_reason"), is("manual"));
    assertProblem(
        Api.patchJson(
            ENDPOINTS + "/" + id,
            "{\"status\":\"enabled\"}",
            "Authorization",
            "Bearer " + key,
            "If-Match",
            etag),
        412,
        "precondition_failed");

    HttpResponse<String> deleted =
        Api.send("DELETE", ENDPOINTS + "/" + id, BodyPublishers.noBody(), Keys.auth(key));
    assertThat(deleted.statusCode(), is(200));
    assertThat(Api.json(deleted).getBoolean("deleted"), is(true));
    assertProblem(Api.get(ENDPOINTS + "/" + id, Keys.auth(key)), 404, "resource_not_found");
  }

  @Test
  void whenTheKeyLacksAWebhooksScopeThenTheAnswerIs401Or403NamingIt() {
    String id = endpoint("scoped", "job.completed").getString("id");
    String reader = TestApiKeys.create("Webhooks reader", "webhooks:read").getString("secret");

    assertProblem(Api.offContract().get(ENDPOINTS), 401, "authentication_required");
    assertThat(Api.get(ENDPOINTS + "/" + id, Keys.auth(reader)).statusCode(), is(200));
    JsonObject refused =
        assertProblem(
            Api.postJson(
                ENDPOINTS,
                "{\"url\":\"" + hooks.receiver().url("x") + "\",\"enabled_events\":[\"*\"]}",
                Keys.auth(reader)),
            403,
            "insufficient_scope");
    assertThat(refused.getString("detail"), containsString("webhooks:write"));
    assertProblem(
        Api.get(ENDPOINTS + "/" + id + "/secret", Keys.auth(reader)), 403, "insufficient_scope");
    String other = TestApiKeys.create("Customers only", "customers:read").getString("secret");
    assertProblem(Api.get(ENDPOINTS, Keys.auth(other)), 403, "insufficient_scope");
  }

  @Test
  void whenAnEndpointIsInvalidThenItIsRefusedNamingTheField() {
    assertThat(
        field(
            Api.postJson(
                ENDPOINTS,
                "{\"url\":\""
                    + hooks.receiver().url("x")
                    + "\",\"enabled_events\":[\"job.exploded\"]}",
                Keys.auth(key))),
        is("enabled_events"));
    assertThat(
        field(
            Api.postJson(
                ENDPOINTS,
                "{\"url\":\""
                    + hooks.receiver().url("x")
                    + "\",\"enabled_events\":[\"*\",\"job.created\"]}",
                Keys.auth(key))),
        is("enabled_events"));
    assertThat(
        field(
            Api.postJson(
                ENDPOINTS,
                "{\"url\":\"ftp://files.example.com/in\",\"enabled_events\":[\"*\"]}",
                Keys.auth(key))),
        is("url"));
    assertThat(
        field(
            Api.postJson(
                ENDPOINTS, "{\"url\":\"not a url\",\"enabled_events\":[\"*\"]}", Keys.auth(key))),
        is("url"));
    assertThat(
        field(
            Api.offContract()
                .postJson(
                    ENDPOINTS, "{\"url\":\"" + hooks.receiver().url("x") + "\"}", Keys.auth(key))),
        is("enabled_events"));
  }

  private static String field(HttpResponse<String> refused) {
    return assertProblem(refused, 400, "validation_failed")
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("field");
  }

  @Test
  void whenTheSecretIsRevealedThenTheRevealIsAudited() {
    JsonObject endpoint = endpoint("revealed", "job.completed");
    String id = endpoint.getString("id");

    JsonObject revealed = TestWebhookEndpoints.get(key, ENDPOINTS + "/" + id + "/secret");

    assertThat(revealed.getString("secret"), is(endpoint.getString("secret")));
    String audit = Api.get("/api/v1/audit-events?target=" + id, Keys.auth(key)).body();
    assertThat(audit, containsString("webhook_endpoint.secret_revealed"));
    assertThat(audit, containsString("webhook_endpoint.created"));
    assertThat(audit, not(containsString(endpoint.getString("secret"))));
  }

  /**
   * A test message a second keeps attempts coming (retried on the 1-2-3 s schedule, or held by the
   * circuit breaker for 5 s between single probes); the first failed attempt 10 s after the
   * endpoint began failing disables it.
   */
  @Test
  void whenAnEndpointFailsWithoutASuccessForTheConfiguredPeriodThenItIsDisabled()
      throws InterruptedException {
    String id = endpoint("failing", "customer.created").getString("id");
    hooks.receiver().answerWith(request -> WebhookAnswer.status(500));

    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(end)) {
      Api.send("POST", ENDPOINTS + "/" + id + "/test", BodyPublishers.noBody(), Keys.auth(key));
      JsonObject now = TestWebhookEndpoints.get(key, ENDPOINTS + "/" + id);
      if (now.getString("status").equals("disabled")) {
        assertThat(now.getString("disabled_reason"), is("failing"));
        assertThat(
            Duration.between(Instant.parse(now.getString("failing_since")), Instant.now()),
            greaterThan(Duration.ofSeconds(10)));
        assertThat(
            Api.get("/api/v1/events?type=webhook_endpoint.disabled", Keys.auth(key)).body(),
            containsString(id));
        return;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(
        "never disabled: " + TestWebhookEndpoints.get(key, ENDPOINTS + "/" + id));
  }

  /**
   * Twenty messages to a receiver that fails everything: once five attempts have failed, the
   * endpoint's circuit breaker opens (for 5 s in the test run) and the other messages wait for it,
   * pending and uncounted, instead of each being tried.
   */
  @Test
  void whenAReceiverFailsEverythingThenItsCircuitBreakerStopsTheAttempts()
      throws InterruptedException {
    String id = endpoint("tripped", "customer.created").getString("id");
    hooks.receiver().answerWith(request -> WebhookAnswer.status(500));
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> queued =
          Api.send("POST", ENDPOINTS + "/" + id + "/test", BodyPublishers.noBody(), Keys.auth(key));
      messages.add(Api.json(queued).getString("id"));
    }
    hooks.receiver().awaitRequests("tripped", 5, WAIT);

    Thread.sleep(2_500);

    long tried =
        hooks.receiver().received().stream().filter(r -> r.name().equals("tripped")).count();
    assertThat(
        "20 messages due and retries after 1 s, yet few attempts: " + tried, tried, lessThan(12L));
    long untried =
        messages.stream()
            .map(m -> TestWebhookEndpoints.message(key, id, m))
            .filter(m -> m.getInt("attempts") == 0 && m.getString("status").equals("pending"))
            .count();
    assertThat("messages waiting for the breaker, none counted", untried, greaterThan(5L));
  }

  @Test
  void whenOneReceiverHangsThenAnotherEndpointsDeliveriesAreNotHeldBack() {
    String hanging = endpoint("hanging", "customer.created").getString("id");
    String healthy = endpoint("healthy", "customer.created").getString("id");
    hooks
        .receiver()
        .answerWith(
            request ->
                request.name().equals("hanging")
                    ? WebhookAnswer.hang(Duration.ofSeconds(20))
                    : WebhookAnswer.status(204));
    for (int i = 0; i < 12; i++) {
      Api.send(
          "POST", ENDPOINTS + "/" + hanging + "/test", BodyPublishers.noBody(), Keys.auth(key));
    }

    List<Long> waits = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      long start = System.nanoTime();
      Api.send(
          "POST", ENDPOINTS + "/" + healthy + "/test", BodyPublishers.noBody(), Keys.auth(key));
      hooks.receiver().awaitRequests("healthy", i, WAIT);
      waits.add((System.nanoTime() - start) / 1_000_000);
    }

    assertThat(
        "each healthy delivery arrives well within the 5 s a hanging attempt takes: " + waits,
        waits.stream().mapToLong(Long::longValue).max().orElseThrow(),
        lessThan(2_000L));
    List<ReceivedRequest> atHanging =
        hooks.receiver().received().stream().filter(r -> r.name().equals("hanging")).toList();
    assertThat(
        "12 messages, but at most 4 deliveries at once to one endpoint, none answered yet",
        atHanging.size(),
        is(4));
  }
}
