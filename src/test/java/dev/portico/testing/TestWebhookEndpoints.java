package dev.portico.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Webhook endpoints over the API, for tests that receive deliveries. */
public final class TestWebhookEndpoints {

  public static final String ENDPOINTS = "/api/v1/webhook-endpoints";

  private TestWebhookEndpoints() {}

  /** A new endpoint of {@code key}'s organization and mode; the answer carries its secret. */
  public static JsonObject create(String key, String url, String... types) {
    HttpResponse<String> created =
        Api.postJson(
            ENDPOINTS,
            "{\"url\":\"" + url + "\",\"enabled_events\":" + TestApiKeys.array(types) + "}",
            Keys.auth(key));
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created);
  }

  public static void delete(String key, String endpointId) {
    Api.send("DELETE", ENDPOINTS + "/" + endpointId, BodyPublishers.noBody(), Keys.auth(key));
  }

  public static JsonObject get(String key, String path) {
    HttpResponse<String> response = Api.get(path, Keys.auth(key));
    assertThat(response.body(), response.statusCode(), is(200));
    return Api.json(response);
  }

  public static JsonObject message(String key, String endpointId, String messageId) {
    return get(key, ENDPOINTS + "/" + endpointId + "/messages/" + messageId);
  }

  /**
   * Reads {@code path} until {@code until} holds, for state the delivery path writes just after the
   * receiver has answered; fails with the last answer after {@code timeout}.
   */
  public static JsonObject awaitState(
      String key, String path, Predicate<JsonObject> until, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    JsonObject last;
    do {
      last = get(key, path);
      if (until.test(last)) {
        return last;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    } while (Instant.now().isBefore(end));
    throw new AssertionError("not reached within " + timeout + ": " + last);
  }
}
