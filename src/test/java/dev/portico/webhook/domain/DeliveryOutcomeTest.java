package dev.portico.webhook.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryOutcomeTest {

  @ParameterizedTest
  @CsvSource({"199, false", "200, true", "204, true", "299, true", "300, false", "503, false"})
  void whenReceiverAnswersThenOnly2xxSucceeds(int status, boolean succeeded) {
    assertThat(DeliveryOutcome.answered(status, 12, "", null).succeeded(), is(succeeded));
  }

  @Test
  void whenNoAnswerCameThenTheAttemptFailed() {
    DeliveryOutcome outcome = DeliveryOutcome.failed(DeliveryErrorKind.TIMEOUT, "no answer", 15000);

    assertThat(outcome.succeeded(), is(false));
    assertThat(outcome.status() == null, is(true));
  }

  @Test
  void whenOutcomeIsBothAnswerAndErrorThenRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryOutcome(200, 1, "", DeliveryErrorKind.TLS, "x", null));
    assertThrows(
        IllegalArgumentException.class, () -> new DeliveryOutcome(null, 1, null, null, null, null));
  }

  @Test
  void whenRetryAfterIsNegativeThenRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DeliveryOutcome.answered(429, 1, "", Duration.ofSeconds(-1)));
  }

  @Test
  void whenErrorKindIsShownThenItIsSpelledAsTheApiDoes() {
    assertThat(
        Arrays.stream(DeliveryErrorKind.values()).map(DeliveryErrorKind::text).toList(),
        is(List.of("timeout", "connection_refused", "tls", "dns", "blocked_target", "connection")));
  }
}
