package dev.portico.webhook;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.LibertyServer;
import dev.portico.testing.PostgresTestDatabase;
import dev.portico.testing.ReceivedRequest;
import dev.portico.testing.WebhookAnswer;
import dev.portico.testing.WebhookTestReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost when a server dies: a copy of the test server (on the pass's database kind) is
 * killed with SIGKILL while deliveries are in flight and events committed moments before wait to be
 * relayed; after a restart every event reaches its endpoint, under one webhook-id each. Restarted
 * without private targets allowed, the same server refuses such URLs, and refuses again at delivery
 * the endpoint that was allowed before.
 */
class WebhookCrashIT {

  private static final int CUSTOMERS = 30;
  private static final Duration WAIT = Duration.ofSeconds(120);

  private LibertyServer server;
  private WebhookTestReceiver receiver;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  private static Map<String, String> database() {
    if ("postgresql".equals(System.getProperty("portico.db.kind"))) {
      return PostgresTestDatabase.fresh("portico_it_crash").serverEnvironment();
    }
    try {
      return Map.of(
          "PORTICO_H2_PATH",
          Files.createTempDirectory("portico-crash").resolve("portico").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void whenTheServerIsKilledMidDeliveryThenAfterARestartEveryEventArrivesUnderOneWebhookId() {
    receiver = WebhookTestReceiver.start();
    receiver.answerWith(request -> WebhookAnswer.hang(Duration.ofSeconds(3)));
    server = LibertyServer.copyOfTestServer("portico-it-crash", 5, database());
    server.start();
    String key = unlimitedKey(server.printedKey().orElseThrow());
    JsonObject endpoint = create(key, receiver.url("crash"));
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      HttpResponse<String> created =
          Api.postJson(
              server.url("/api/v1/customers"), "{\"name\":\"Crash " + i + "\"}", Keys.auth(key));
      assertThat(created.body(), created.statusCode(), is(201));
      customers.add(Api.json(created).getString("id"));
    }
    receiver.awaitRequests("crash", 1, WAIT);

    server.kill();
    receiver.answerWith(request -> WebhookAnswer.status(204));
    server.start();

    Map<String, Set<String>> idsByCustomer = awaitEveryCustomer(customers);
    for (String customer : customers) {
      assertThat(
          customer + " arrived under one webhook-id, however often",
          idsByCustomer.get(customer).size(),
          is(1));
    }
    assertThat(
        "one webhook-id per event",
        idsByCustomer.values().stream().flatMap(Set::stream).distinct().count(),
        is((long) CUSTOMERS));
    String succeeded =
        server.url(
            "/api/v1/webhook-endpoints/"
                + endpoint.getString("id")
                + "/messages?status=succeeded&limit=100");
    assertThat(
        "every message ends succeeded", awaitCount(key, succeeded, CUSTOMERS), is(CUSTOMERS));

    refusesPrivateTargets(key, endpoint.getString("id"));
  }

  /** The same server restarted as in production: private targets refused, at creation and after. */
  private void refusesPrivateTargets(String key, String allowedBeforeId) {
    server.stop();
    server = server.withEnvironment(Map.of("PORTICO_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "false"));
    server.start();
    for (String url :
        List.of(
            receiver.url("loopback"),
            "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:127.0.0.1]:9/hooks",
            "http://10.1.2.3/hooks",
            "http://localhost:9/hooks")) {
      JsonObject refused =
          assertProblem(
              Api.postJson(
                  server.url("/api/v1/webhook-endpoints"),
                  "{\"url\":\"" + url + "\",\"enabled_events\":[\"*\"]}",
                  Keys.auth(key)),
              400,
              "validation_failed");
      assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field"), is("url"));
    }
    int before = receiver.received().size();
    HttpResponse<String> test =
        Api.send(
            "POST",
            server.url("/api/v1/webhook-endpoints/" + allowedBeforeId + "/test"),
            BodyPublishers.noBody(),
            Keys.auth(key));
    assertThat(test.body(), test.statusCode(), is(202));
    String attempts =
        server.url(
            "/api/v1/webhook-endpoints/"
                + allowedBeforeId
                + "/messages/"
                + Api.json(test).getString("id")
                + "/attempts");
    JsonObject first = awaitFirstAttempt(key, attempts);
    assertThat(first.getString("error_kind"), is("blocked_target"));
    assertThat(first.isNull("response_status"), is(true));
    assertThat(
        "the receiver saw nothing",
        receiver.received().subList(before, receiver.received().size()),
        is(empty()));
  }

  /** A key of the first-run (operator's) organization without the first-run key's burst limit. */
  private String unlimitedKey(String firstRunKey) {
    HttpResponse<String> created =
        Api.postJson(
            server.url("/api/v1/api-keys"),
            "{\"name\":\"Crash test\",\"scopes\":[\"customers:write\",\"webhooks:read\","
                + "\"webhooks:write\"],\"rate_limit_override\":"
                + Keys.UNLIMITED_OVERRIDE
                + "}",
            Keys.auth(firstRunKey));
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created).getString("secret");
  }

  private JsonObject create(String key, String url) {
    HttpResponse<String> created =
        Api.postJson(
            server.url("/api/v1/webhook-endpoints"),
            "{\"url\":\"" + url + "\",\"enabled_events\":[\"customer.created\"]}",
            Keys.auth(key));
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created);
  }

  private Map<String, Set<String>> awaitEveryCustomer(List<String> customers) {
    Instant end = Instant.now().plus(WAIT);
    Map<String, Set<String>> ids = new HashMap<>();
    while (Instant.now().isBefore(end)) {
      ids = idsByCustomer(receiver.received());
      if (ids.keySet().containsAll(customers)) {
        return ids;
      }
      pause();
    }
    Set<String> missing = new HashSet<>(customers);
    missing.removeAll(ids.keySet());
    throw new AssertionError("never delivered after the restart: " + missing);
  }

  private static Map<String, Set<String>> idsByCustomer(List<ReceivedRequest> received) {
    return received.stream()
        .filter(r -> r.name().equals("crash"))
        .collect(
            Collectors.groupingBy(
                r -> objectId(r.body()),
                Collectors.mapping(ReceivedRequest::webhookId, Collectors.toSet())));
  }

  private static String objectId(String body) {
    return Json.createReader(new StringReader(body))
        .readObject()
        .getJsonObject("data")
        .getJsonObject("object")
        .getString("id");
  }

  private static int awaitCount(String key, String listUrl, int wanted) {
    Instant end = Instant.now().plus(WAIT);
    int count = 0;
    while (Instant.now().isBefore(end)) {
      count = Api.json(Api.get(listUrl, Keys.auth(key))).getJsonArray("data").size();
      if (count >= wanted) {
        return count;
      }
      pause();
    }
    return count;
  }

  private JsonObject awaitFirstAttempt(String key, String attemptsUrl) {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(end)) {
      JsonObject page = Api.json(Api.get(attemptsUrl, Keys.auth(key)));
      if (!page.getJsonArray("data").isEmpty()) {
        return page.getJsonArray("data").getJsonObject(0);
      }
      pause();
    }
    throw new AssertionError("no attempt at " + attemptsUrl);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
