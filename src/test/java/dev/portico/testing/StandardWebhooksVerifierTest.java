package dev.portico.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dev.portico.testing.StandardWebhooksVerifier.Verification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Signs deliveries here, with javax.crypto exactly as the specification says, and checks that the
 * Standard Webhooks library accepts only the authentic, recent ones.
 */
class StandardWebhooksVerifierTest {

  private static final String SECRET = "whsec_3bzM/NOIK63NAilaW8CpSkw1El2WxjVyYpMfg3nTd4M=";
  private static final String NEW_SECRET = "whsec_Yk9mQ1c3dk5hR2JqT0xpU0V6dDBXQnJ5cVlIUjJ1Tmg=";
  private static final String ID = "msg_2LJRvkYzmn7r5nVkHkBw3kDm8Mh";

  /** Spaced, non-ASCII and ending in a newline: only these exact characters verify. */
  private static final String BODY =
      "{\"id\": \"evt_2LJRvkYzmn7r5nVkHkBw3kDm8Mh\", \"type\": \"customer.created\",\n"
          + " \"data\": {\"object\": {\"name\": \"Zoë Ünal\", \"amount\": 1.50}}}\n";

  @Test
  void whenDeliveryIsSignedWithItsSecretThenItVerifies() throws Exception {
    long now = Instant.now().getEpochSecond();

    Verification verification =
        StandardWebhooksVerifier.verify(SECRET, headers(now, sign(SECRET, now, BODY)), BODY);

    assertThat(verification.verified(), is(true));
    assertThat(verification.error(), is(nullValue()));
  }

  @Test
  void whenBodyIsTamperedThenVerificationFails() throws Exception {
    long now = Instant.now().getEpochSecond();

    Verification verification =
        StandardWebhooksVerifier.verify(
            SECRET, headers(now, sign(SECRET, now, BODY)), BODY.replace("1.50", "1.5"));

    assertThat(verification, is(new Verification(false, "No matching signature found")));
  }

  @Test
  void whenTimestampIsTenMinutesOldThenVerificationFails() throws Exception {
    long tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();

    Verification verification =
        StandardWebhooksVerifier.verify(
            SECRET, headers(tenMinutesAgo, sign(SECRET, tenMinutesAgo, BODY)), BODY);

    assertThat(verification, is(new Verification(false, "Message timestamp too old")));
  }

  @Test
  void whenSignedWithAnotherSecretThenVerificationFails() throws Exception {
    long now = Instant.now().getEpochSecond();

    Verification verification =
        StandardWebhooksVerifier.verify(NEW_SECRET, headers(now, sign(SECRET, now, BODY)), BODY);

    assertThat(verification, is(new Verification(false, "No matching signature found")));
  }

  @Test
  void whenHeaderCarriesOldAndNewSignaturesThenEitherSecretVerifies() throws Exception {
    long now = Instant.now().getEpochSecond();
    Map<String, String> rotating =
        headers(now, sign(SECRET, now, BODY) + " " + sign(NEW_SECRET, now, BODY));

    assertThat(StandardWebhooksVerifier.verify(SECRET, rotating, BODY).verified(), is(true));
    assertThat(StandardWebhooksVerifier.verify(NEW_SECRET, rotating, BODY).verified(), is(true));
  }

  @Test
  void whenReceivedDeliveryIsVerifiedThenItsHeadersAndBodyAreThoseSent() throws Exception {
    long now = Instant.now().getEpochSecond();
    try (WebhookTestReceiver receiver = WebhookTestReceiver.start()) {
      HttpRequest.Builder delivery =
          HttpRequest.newBuilder(URI.create(receiver.url()))
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(BODY, StandardCharsets.UTF_8));
      headers(now, sign(SECRET, now, BODY)).forEach(delivery::header);
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(delivery.build(), BodyHandlers.discarding());

      ReceivedRequest received = receiver.awaitRequests(1, Duration.ofSeconds(5)).get(0);

      assertThat(
          StandardWebhooksVerifier.verify(SECRET, received.firstHeaderValues(), received.body()),
          is(new Verification(true, null)));
    }
  }

  private static Map<String, String> headers(long timestamp, String signature) {
    return Map.of(
        "webhook-id", ID,
        "webhook-timestamp", Long.toString(timestamp),
        "webhook-signature", signature);
  }

  /** {@code v1,} and base64(HMAC-SHA256(the secret's bytes, id.timestamp.body)). */
  private static String sign(String secret, long timestamp, String body)
      throws GeneralSecurityException {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] signed = (ID + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
    return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed));
  }
}
