package dev.portico.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.portico.portal.samples.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the webhook verification samples that {@code /docs/webhooks} shows (Java, Node, Python, and
 * the shell signer) against one test vector whose signature is computed here, with javax.crypto.
 */
class WebhookSampleCodeTest {

  private static final String SECRET = "whsec_3bzM/NOIK63NAilaW8CpSkw1El2WxjVyYpMfg3nTd4M=";
  private static final String OTHER_SECRET =
      "whsec_bm90IHRoZSBlbmRwb2ludCdzIHNlY3JldCBhdCBhbGwhIQ==";
  private static final String ID = "msg_2LJRvkYzmn7r5nVkHkBw3kDm8Mh";
  private static final long SENT_AT = 1_795_000_000L;

  /** Spaced and non-ASCII as a server may send it: only these exact bytes verify. */
  private static final String BODY =
      "{\"id\": \"evt_2LJRvkYzmn7r5nVkHkBw3kDm8Mh\",  \"type\": \"customer.created\",\n"
          + " \"data\": {\"object\": {\"name\": \"Zoë Ünal\", \"amount\": 1.50}}}\n";

  private static final String RESERIALIZED =
      "{\"id\":\"evt_2LJRvkYzmn7r5nVkHkBw3kDm8Mh\",\"type\":\"customer.created\","
          + "\"data\":{\"object\":{\"name\":\"Zoë Ünal\",\"amount\":1.5}}}";

  /**
   * The test vector {@code /docs/webhooks} shows, signed with {@link #SECRET}, {@link #ID} and
   * {@link #SENT_AT}.
   */
  static final String DOCUMENTED_BODY =
      "{\"id\":\"evt_2LJRvkYzmn7r5nVkHkBw3kDm8Mh\",\"type\":\"webhook.test\","
          + "\"timestamp\":\"2026-11-18T11:06:40Z\",\"livemode\":false,\"api_version\":\"v1\","
          + "\"data\":{\"object\":{\"message\":\"Test vector\"}}}";

  static final String DOCUMENTED_SIGNATURE = "v1,RVBZrZT0rAZH0Kd91CozktClYfP4hFTtSuKJc7+paO8=";

  @TempDir Path dir;

  /** One verification by a sample: the signature header, the body bytes, and the time now. */
  private interface Sample {
    boolean verify(String signatures, byte[] body, long now) throws Exception;
  }

  @Test
  void whenDocumentedTestVectorIsSignedThenItsSignatureIsTheOneThePageShows() throws Exception {
    byte[] body = DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(
        expectedSignature(SECRET, ID, Long.toString(SENT_AT), body), is(DOCUMENTED_SIGNATURE));
    assertThat(
        new WebhookVerifier(SECRET)
            .verify(
                ID,
                Long.toString(SENT_AT),
                DOCUMENTED_SIGNATURE,
                body,
                Instant.ofEpochSecond(SENT_AT)),
        is(true));
  }

  @Test
  void whenJavaSampleVerifiesTheVectorThenOnlyTheAuthenticRecentDeliveryPasses() throws Exception {
    WebhookVerifier verifier = new WebhookVerifier(SECRET);

    assertVerifiesOnlyAuthenticRecentDeliveries(
        "Java",
        (signatures, body, now) ->
            verifier.verify(
                ID, Long.toString(SENT_AT), signatures, body, Instant.ofEpochSecond(now)));
  }

  @Test
  void whenNodeSampleVerifiesTheVectorThenOnlyTheAuthenticRecentDeliveryPasses() throws Exception {
    copySample("verify-webhook.js");
    copyDriver("verify-cli.js");

    assertVerifiesOnlyAuthenticRecentDeliveries(
        "Node",
        (signatures, body, now) -> runDriver("node", "verify-cli.js", signatures, body, now));
  }

  @Test
  void whenPythonSampleVerifiesTheVectorThenOnlyTheAuthenticRecentDeliveryPasses()
      throws Exception {
    copySample("verify_webhook.py");
    copyDriver("verify_cli.py");

    assertVerifiesOnlyAuthenticRecentDeliveries(
        "Python",
        (signatures, body, now) -> runDriver("python3", "verify_cli.py", signatures, body, now));
  }

  @Test
  void whenFrameworkSnippetsAreParsedThenTheyAreValidNodeAndPython() throws Exception {
    copySample("express-route.js");
    copySample("flask_route.py");

    run(List.of("node", "--check", "express-route.js"), Map.of());
    run(List.of("python3", "-m", "py_compile", "flask_route.py"), Map.of());
  }

  @Test
  void whenShellSampleSendsADeliveryThenItsSignatureIsPorticosForTheRawBody() throws Exception {
    AtomicReference<Map<String, List<String>>> headers = new AtomicReference<>();
    AtomicReference<byte[]> body = new AtomicReference<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/webhooks/portico",
        exchange -> {
          headers.set(Map.copyOf(exchange.getRequestHeaders()));
          body.set(exchange.getRequestBody().readAllBytes());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      copySample("send-test-webhook.sh");
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks/portico";

      String output =
          run(
              List.of("sh", "send-test-webhook.sh"),
              Map.of("WEBHOOK_URL", url, "WEBHOOK_SECRET", SECRET));

      assertThat(output, containsString("204"));
      String id = headers.get().get("Webhook-id").get(0);
      String timestamp = headers.get().get("Webhook-timestamp").get(0);
      String signature = headers.get().get("Webhook-signature").get(0);
      assertThat(signature, is(expectedSignature(SECRET, id, timestamp, body.get())));
      assertThat(
          new WebhookVerifier(SECRET).verify(id, timestamp, signature, body.get()), is(true));
      assertThat(new String(body.get(), StandardCharsets.UTF_8), containsString("webhook.test"));
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void whenJavaSamplesAreShownThenTheyAreTheTestedClassesWithoutTheirPackageLine()
      throws IOException {
    for (String name : List.of("WebhookVerifier.java", "WebhookReceiver.java")) {
      String tested =
          Files.readString(Path.of("src/test/java/dev/portico/portal/samples").resolve(name));
      String withoutPackage =
          tested.replaceFirst("^package dev\\.portico\\.portal\\.samples;\n\n", "");

      assertThat(name, CodeSamples.read(name), is(withoutPackage));
    }
  }

  private static void assertVerifiesOnlyAuthenticRecentDeliveries(String language, Sample sample)
      throws Exception {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    String valid = expectedSignature(SECRET, ID, Long.toString(SENT_AT), body);
    String otherKeys = expectedSignature(OTHER_SECRET, ID, Long.toString(SENT_AT), body);
    byte[] tampered = BODY.replace("1.50", "9.50").getBytes(StandardCharsets.UTF_8);
    byte[] reserialized = RESERIALIZED.getBytes(StandardCharsets.UTF_8);

    assertThat(language + ": valid", sample.verify(valid, body, SENT_AT + 10), is(true));
    assertThat(
        language + ": rotation, the second of two signatures matches",
        sample.verify(otherKeys + " " + valid, body, SENT_AT),
        is(true));
    assertThat(language + ": tampered body", sample.verify(valid, tampered, SENT_AT), is(false));
    assertThat(
        language + ": re-serialized body", sample.verify(valid, reserialized, SENT_AT), is(false));
    assertThat(language + ": another secret", sample.verify(otherKeys, body, SENT_AT), is(false));
    assertThat(
        language + ": five minutes and one second old",
        sample.verify(valid, body, SENT_AT + 301),
        is(false));
    assertThat(
        language + ": five minutes and one second ahead",
        sample.verify(valid, body, SENT_AT - 301),
        is(false));
    assertThat(
        language + ": exactly five minutes old",
        sample.verify(valid, body, SENT_AT + 300),
        is(true));
    assertThat(
        language + ": unknown version",
        sample.verify(valid.replace("v1,", "v2,"), body, SENT_AT),
        is(false));
  }

  /**
   * {@code v1,} and base64(HMAC-SHA256(key, id.timestamp.body)), the key decoded from the secret.
   */
  private static String expectedSignature(String secret, String id, String timestamp, byte[] body)
      throws GeneralSecurityException {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  private boolean runDriver(String runtime, String driver, String signatures, byte[] body, long now)
      throws Exception {
    Path bodyFile = Files.write(dir.resolve("body.bin"), body);
    String printed =
        run(
            List.of(
                runtime,
                driver,
                SECRET,
                ID,
                Long.toString(SENT_AT),
                signatures,
                bodyFile.toString(),
                Long.toString(now)),
            Map.of());
    return switch (printed.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new AssertionError(driver + " printed neither true nor false: " + printed);
    };
  }

  private void copySample(String name) throws IOException {
    Files.writeString(dir.resolve(name), CodeSamples.read(name));
  }

  private void copyDriver(String name) throws IOException {
    try (var in = getClass().getResourceAsStream("/docs-samples/" + name)) {
      Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private String run(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process;
    try {
      process = builder.start();
    } catch (IOException notInstalled) {
      return fail(
          command.get(0)
              + " is needed to test the code samples of /docs/webhooks but could not be run: "
              + notInstalled.getMessage()
              + ". Install it (node 18+, python3 3.9+, sh with openssl and curl) and put it on PATH.");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish within 30 s");
    }
    assertThat(String.join(" ", command) + " failed:\n" + output, process.exitValue(), is(0));
    return output;
  }
}
