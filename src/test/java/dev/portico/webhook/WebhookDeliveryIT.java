package dev.portico.webhook;

import static dev.portico.testing.TestWebhookEndpoints.ENDPOINTS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.JsonSchemas;
import dev.portico.testing.Keys;
import dev.portico.testing.ReceivedRequest;
import dev.portico.testing.ReceivingEndpoints;
import dev.portico.testing.StandardWebhooksVerifier;
import dev.portico.testing.StandardWebhooksVerifier.Verification;
import dev.portico.testing.TestWebhookEndpoints;
import dev.portico.testing.WebhookAnswer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deliveries over real HTTP from the running server to a receiver in this JVM: signed as Standard
 * Webhooks (verified by the standardwebhooks npm library), retried on the configured schedule with
 * the same webhook-id, logged attempt by attempt, resent and recovered. The test run shortens the
 * schedule to 1, 2 and 3 s (bin/test).
 */
class WebhookDeliveryIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension final ReceivingEndpoints hooks = new ReceivingEndpoints();
  private final String key = hooks.key();

  private JsonObject endpoint(String name, String... types) {
    return hooks.endpoint(name, types);
  }

  private static String postCustomer(String key, String name) {
    HttpResponse<String> created =
        Api.postJson("/api/v1/customers", "{\"name\":\"" + name + "\"}", Keys.auth(key));
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created).getString("id");
  }

  private String sendTest(String endpointId) {
    HttpResponse<String> queued =
        Api.send(
            "POST",
            ENDPOINTS + "/" + endpointId + "/test",
            BodyPublishers.noBody(),
            Keys.auth(key));
    assertThat(queued.body(), queued.statusCode(), is(202));
    return Api.json(queued).getString("id");
  }

  private JsonObject awaitMessage(String endpointId, String messageId, String status) {
    return TestWebhookEndpoints.awaitState(
        key,
        ENDPOINTS + "/" + endpointId + "/messages/" + messageId,
        m -> m.getString("status").equals(status),
        WAIT);
  }

  private List<JsonObject> attempts(String endpointId, String messageId) {
    return TestWebhookEndpoints.get(
            key, ENDPOINTS + "/" + endpointId + "/messages/" + messageId + "/attempts")
        .getJsonArray("data")
        .getValuesAs(JsonObject.class);
  }

  @Test
  void whenACustomerIsCreatedThenItsEventArrivesSignedAsStandardWebhooksVerifyIt() {
    JsonObject endpoint = endpoint("signed", "customer.created");
    String secret = endpoint.getString("secret");

    String customerId = postCustomer(key, "Signed delivery");

    ReceivedRequest delivery = hooks.receiver().awaitRequests("signed", 1, WAIT).get(0);
    JsonObject body = parse(delivery.body());
    assertThat(body.getString("type"), is("customer.created"));
    assertThat(body.getString("api_version"), is("v1"));
    assertThat(body.getBoolean("livemode"), is(false));
    assertThat(body.getString("id"), startsWith("evt_"));
    assertThat(body.getJsonObject("data").getJsonObject("object").getString("id"), is(customerId));
    assertThat(delivery.webhookId(), startsWith("msg_"));
    assertThat(delivery.header("content-type"), startsWith("application/json"));

    assertThat(
        "the delivery is valid by the catalogue's schema of its type",
        JsonSchemas.errors(catalogueSchema("customer.created"), delivery.body()),
        is(empty()));

    Verification genuine =
        StandardWebhooksVerifier.verify(secret, delivery.firstHeaderValues(), delivery.body());
    assertThat(genuine.error(), genuine.verified(), is(true));

    Verification tampered =
        StandardWebhooksVerifier.verify(
            secret,
            delivery.firstHeaderValues(),
            delivery.body().replace("Signed delivery", "Signed delivers"));
    assertThat(tampered.verified(), is(false));

    long stale = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();
    Map<String, String> staleHeaders = new HashMap<>(delivery.firstHeaderValues());
    staleHeaders.put("webhook-timestamp", Long.toString(stale));
    staleHeaders.put(
        "webhook-signature", "v1," + hmac(secret, delivery.webhookId(), stale, delivery.body()));
    Verification old = StandardWebhooksVerifier.verify(secret, staleHeaders, delivery.body());
    assertThat(old.verified(), is(false));
    assertThat(old.error(), containsString("too old"));

    JsonObject message = awaitMessage(endpoint.getString("id"), delivery.webhookId(), "succeeded");
    assertThat(message.getInt("attempts"), is(1));
    assertThat(message.getString("event"), is(body.getString("id")));
    List<JsonObject> log = attempts(endpoint.getString("id"), delivery.webhookId());
    assertThat(log, hasSize(1));
    assertThat(log.get(0).getInt("response_status"), is(204));
    String messages = ENDPOINTS + "/" + endpoint.getString("id") + "/messages?event_type=";
    assertThat(
        Api.get(messages + "customer.created", Keys.auth(key)).body(),
        containsString(delivery.webhookId()));
    assertThat(
        Api.get(messages + "webhook.test", Keys.auth(key)).body(),
        not(containsString(delivery.webhookId())));
  }

  @Test
  void whenTheReceiverFailsTwiceThenTheThirdAttemptDeliversWithTheSameWebhookId() {
    String endpointId = endpoint("flaky", "customer.created").getString("id");
    hooks
        .receiver()
        .enqueue(
            WebhookAnswer.status(500).withBody("database is down"),
            WebhookAnswer.status(503, Map.of("Retry-After", "2")));

    String messageId = sendTest(endpointId);

    List<ReceivedRequest> tries = hooks.receiver().awaitRequests("flaky", 3, WAIT);
    assertThat(
        tries.stream().map(ReceivedRequest::webhookId).distinct().toList(), is(List.of(messageId)));
    assertThat(
        "the 503's Retry-After: 2 is honoured over the schedule's 2 s ± 20 %",
        Duration.between(tries.get(1).arrivedAt(), tries.get(2).arrivedAt()).toMillis(),
        greaterThanOrEqualTo(1_900L));
    JsonObject message = awaitMessage(endpointId, messageId, "succeeded");
    assertThat(message.getInt("attempts"), is(3));
    List<JsonObject> log = attempts(endpointId, messageId);
    assertThat(
        log.stream().map(a -> a.getInt("response_status")).toList(), is(List.of(500, 503, 204)));
    assertThat(log.get(0).getString("response_body"), is("database is down"));
    assertThat(log.get(0).getInt("attempt_number"), is(1));
  }

  @Test
  void whenEveryRetryFailsThenTheMessageFailsAndRecoverDeliversItWithTheSameId() {
    String endpointId = endpoint("down", "customer.created").getString("id");
    hooks.receiver().failTimes(4, 500);

    String messageId = sendTest(endpointId);

    JsonObject failed = awaitMessage(endpointId, messageId, "failed");
    assertThat("one attempt and three retries", failed.getInt("attempts"), is(4));
    assertThat(failed.isNull("next_attempt_at"), is(true));

    HttpResponse<String> recovered =
        Api.postJson(
            ENDPOINTS + "/" + endpointId + "/recover",
            "{\"since\":\"" + Instant.now().minus(Duration.ofHours(1)) + "\"}",
            Keys.auth(key));
    assertThat(recovered.body(), recovered.statusCode(), is(202));
    assertThat(Api.json(recovered).getInt("requeued"), is(1));

    JsonObject delivered = awaitMessage(endpointId, messageId, "succeeded");
    assertThat(delivered.getInt("attempts"), is(5));
    assertThat(hooks.receiver().awaitRequests("down", 5, WAIT).get(4).webhookId(), is(messageId));
  }

  @Test
  void whenAMessageIsResentThenItArrivesAgainWithTheSameWebhookId() {
    String endpointId = endpoint("resent", "customer.created").getString("id");
    String messageId = sendTest(endpointId);
    awaitMessage(endpointId, messageId, "succeeded");

    HttpResponse<String> resent =
        Api.send(
            "POST",
            ENDPOINTS + "/" + endpointId + "/messages/" + messageId + "/resend",
            BodyPublishers.noBody(),
            Keys.auth(key));
    assertThat(resent.body(), resent.statusCode(), is(202));

    List<ReceivedRequest> both = hooks.receiver().awaitRequests("resent", 2, WAIT);
    assertThat(
        JsonSchemas.errors(catalogueSchema("webhook.test"), both.get(0).body()), is(empty()));
    assertThat(both.get(1).webhookId(), is(messageId));
    assertThat(both.get(1).body(), is(both.get(0).body()));
  }

  @Test
  void whenTheReceiverAnswersGoneThenTheEndpointIsDisabledAndAnEventSaysSo() {
    JsonObject watcher = endpoint("watcher", "webhook_endpoint.disabled");
    String goneId = endpoint("gone", "customer.created").getString("id");
    hooks
        .receiver()
        .answerWith(
            request ->
                request.name().equals("gone")
                    ? WebhookAnswer.status(410)
                    : WebhookAnswer.status(204));

    String messageId = sendTest(goneId);

    awaitMessage(goneId, messageId, "failed");
    JsonObject disabled = TestWebhookEndpoints.get(key, ENDPOINTS + "/" + goneId);
    assertThat(disabled.getString("status"), is("disabled"));
    assertThat(disabled.getString("disabled_reason"), is("gone"));
    ReceivedRequest notice = hooks.receiver().awaitRequests("watcher", 1, WAIT).get(0);
    JsonObject event = parse(notice.body());
    assertThat(event.getString("type"), is("webhook_endpoint.disabled"));
    assertThat(event.getJsonObject("data").getJsonObject("object").getString("id"), is(goneId));
    assertThat(
        StandardWebhooksVerifier.verify(
                watcher.getString("secret"), notice.firstHeaderValues(), notice.body())
            .verified(),
        is(true));
  }

  @Test
  void whenTheSecretIsRotatedWithAnOverlapThenDeliveriesCarryBothSignatures() {
    JsonObject endpoint = endpoint("rotated", "customer.created");
    String endpointId = endpoint.getString("id");
    String oldSecret = endpoint.getString("secret");

    HttpResponse<String> rotated =
        Api.postJson(
            ENDPOINTS + "/" + endpointId + "/rotate-secret",
            "{\"expire_previous_in\":3600}",
            Keys.auth(key));
    assertThat(rotated.body(), rotated.statusCode(), is(200));
    String newSecret = Api.json(rotated).getString("secret");
    sendTest(endpointId);

    ReceivedRequest delivery = hooks.receiver().awaitRequests("rotated", 1, WAIT).get(0);
    assertThat(delivery.webhookSignature().split(" ").length, is(2));
    for (String secret : List.of(oldSecret, newSecret)) {
      assertThat(
          StandardWebhooksVerifier.verify(secret, delivery.firstHeaderValues(), delivery.body())
              .verified(),
          is(true));
    }
    JsonObject revealed = TestWebhookEndpoints.get(key, ENDPOINTS + "/" + endpointId + "/secret");
    assertThat(revealed.getString("secret"), is(newSecret));
    assertThat(
        revealed.getJsonArray("previous_secrets").getJsonObject(0).getString("secret"),
        is(oldSecret));

    Api.postJson(
        ENDPOINTS + "/" + endpointId + "/rotate-secret",
        "{\"expire_previous_in\":0}",
        Keys.auth(key));
    sendTest(endpointId);
    ReceivedRequest after = hooks.receiver().awaitRequests("rotated", 2, WAIT).get(1);
    assertThat(after.webhookSignature().split(" ").length, is(1));
    assertThat(
        StandardWebhooksVerifier.verify(newSecret, after.firstHeaderValues(), after.body())
            .verified(),
        is(false));
  }

  /** The served catalogue's schema of {@code type}, refusing properties it does not list. */
  private String catalogueSchema(String type) {
    return JsonSchemas.closed(
        TestWebhookEndpoints.get(key, "/api/v1/webhook-events/" + type)
            .getJsonObject("schema")
            .toString());
  }

  private static JsonObject parse(String json) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String hmac(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(
              mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
