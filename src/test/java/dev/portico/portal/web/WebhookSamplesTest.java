package dev.portico.portal.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.portico.portal.CodeSamples;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSamplesTest {

  private final WebhookSamples samples = new WebhookSamples();

  @Test
  void whenPageReadsASampleThenItIsTheTestedFileWithoutItsFinalLineBreak() {
    Map<String, String> shown =
        Map.of(
            "WebhookVerifier.java", samples.getJava(),
            "WebhookReceiver.java", samples.getJavaReceiver(),
            "verify-webhook.js", samples.getNode(),
            "express-route.js", samples.getNodeExpress(),
            "verify_webhook.py", samples.getPython(),
            "flask_route.py", samples.getPythonFlask(),
            "send-test-webhook.sh", samples.getShell());
    shown.forEach(
        (file, text) -> {
          assertThat(file, CodeSamples.read(file), is(text + "\n"));
          assertThat(file, text, not(endsWith("\n")));
        });
  }

  @Test
  void whenSamplesAreReadThenEachUsesItsLanguagesConstantTimeComparison() {
    assertThat(samples.getJava(), containsString("MessageDigest.isEqual"));
    assertThat(samples.getNode(), containsString("crypto.timingSafeEqual"));
    assertThat(samples.getPython(), containsString("hmac.compare_digest"));
    assertThat(samples.getShell(), containsString("openssl dgst -sha256 -mac HMAC"));
  }
}
