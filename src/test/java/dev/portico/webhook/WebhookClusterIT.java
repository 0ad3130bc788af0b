package dev.portico.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.ReceivedRequest;
import dev.portico.testing.ServerPair;
import dev.portico.testing.TestWebhookEndpoints;
import dev.portico.testing.WebhookAnswer;
import dev.portico.testing.WebhookTestReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database deliver webhooks together: every event becomes one
 * message, each message is sent once and each attempt made once, whichever server relays, claims or
 * sweeps it; a retry scheduled by a server that then stops is made by the other.
 */
@Tag("postgresql")
class WebhookClusterIT {

  private static final int CUSTOMERS = 100;
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static ServerPair servers;
  private static String key;
  private WebhookTestReceiver receiver;
  private String endpointId;

  @BeforeAll
  static void startTwoServers() {
    servers = ServerPair.start("portico-it-hooks", 3, "portico_it_hooks", Map.of());
    HttpResponse<String> created =
        Api.postJson(
            servers.first().url("/api/v1/api-keys"),
            "{\"name\":\"Cluster test\",\"scopes\":[\"customers:write\",\"webhooks:read\","
                + "\"webhooks:write\"],\"rate_limit_override\":"
                + Keys.UNLIMITED_OVERRIDE
                + "}",
            Keys.auth(servers.firstRunKey()));
    assertThat(created.body(), created.statusCode(), is(201));
    key = Api.json(created).getString("secret");
  }

  @AfterAll
  static void stopBoth() {
    if (servers != null) {
      servers.stop();
    }
  }

  @BeforeEach
  void startReceiver() {
    receiver = WebhookTestReceiver.start();
  }

  @AfterEach
  void stopReceiver() {
    if (endpointId != null) {
      Api.send(
          "DELETE",
          servers.second().url("/api/v1/webhook-endpoints/" + endpointId),
          BodyPublishers.noBody(),
          Keys.auth(key));
    }
    receiver.close();
  }

  private void endpoint(String name) {
    HttpResponse<String> created =
        Api.postJson(
            servers.first().url("/api/v1/webhook-endpoints"),
            "{\"url\":\"" + receiver.url(name) + "\",\"enabled_events\":[\"customer.created\"]}",
            Keys.auth(key));
    assertThat(created.body(), created.statusCode(), is(201));
    endpointId = Api.json(created).getString("id");
  }

  @Test
  void whenEventsHappenOnBothServersThenEachIsDeliveredOnceUnderItsOwnWebhookId()
      throws InterruptedException {
    endpoint("pair");

    List<CompletableFuture<Void>> writers =
        IntStream.range(0, 2)
            .mapToObj(
                server ->
                    CompletableFuture.runAsync(
                        () -> {
                          for (int i = server; i < CUSTOMERS; i += 2) {
                            String url =
                                (server == 0 ? servers.first() : servers.second())
                                    .url("/api/v1/customers");
                            HttpResponse<String> created =
                                Api.postJson(url, "{\"name\":\"Pair " + i + "\"}", Keys.auth(key));
                            assertThat(created.body(), created.statusCode(), is(201));
                          }
                        }))
            .toList();
    CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();

    List<ReceivedRequest> deliveries = receiver.awaitRequests("pair", CUSTOMERS, WAIT);
    // Time for a second delivery of any of them to show up, were one made.
    Thread.sleep(5_000);
    List<ReceivedRequest> all =
        receiver.received().stream().filter(r -> r.name().equals("pair")).toList();
    Set<String> ids = all.stream().map(ReceivedRequest::webhookId).collect(Collectors.toSet());
    Set<String> events = all.stream().map(r -> eventId(r.body())).collect(Collectors.toSet());

    assertThat("deliveries", all.size(), is(CUSTOMERS));
    assertThat("webhook-ids", ids.size(), is(CUSTOMERS));
    assertThat("events", events.size(), is(CUSTOMERS));
    assertThat(deliveries.size(), is(CUSTOMERS));
    JsonObject page =
        Api.json(
            Api.get(
                servers
                    .second()
                    .url("/api/v1/webhook-endpoints/" + endpointId + "/messages?limit=100"),
                Keys.auth(key)));
    assertThat(
        "one attempt each",
        page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .allMatch(m -> m.getInt("attempts") == 1 && m.getString("status").equals("succeeded")),
        is(true));
  }

  @Test
  void whenTheServerThatScheduledARetryStopsThenTheOtherServerMakesIt() {
    endpoint("retry");
    receiver.enqueue(WebhookAnswer.status(500));

    HttpResponse<String> test =
        Api.send(
            "POST",
            servers.first().url("/api/v1/webhook-endpoints/" + endpointId + "/test"),
            BodyPublishers.noBody(),
            Keys.auth(key));
    assertThat(test.body(), test.statusCode(), is(202));
    String messageId = Api.json(test).getString("id");
    String message =
        servers.second().url("/api/v1/webhook-endpoints/" + endpointId + "/messages/" + messageId);
    awaitMessage(
        message, m -> m.getInt("attempts") == 1 && m.getString("status").equals("pending"));

    servers.first().stop();
    try {
      JsonObject delivered = awaitMessage(message, m -> m.getString("status").equals("succeeded"));
      assertThat(delivered.getInt("attempts"), is(2));
      List<ReceivedRequest> both = receiver.awaitRequests("retry", 2, WAIT);
      assertThat(both.get(1).webhookId(), is(messageId));
    } finally {
      servers.first().start();
    }
  }

  private static JsonObject awaitMessage(String url, Predicate<JsonObject> until) {
    return TestWebhookEndpoints.awaitState(key, url, until, WAIT);
  }

  private static String eventId(String body) {
    return Json.createReader(new StringReader(body)).readObject().getString("id");
  }
}
