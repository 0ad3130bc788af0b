package dev.portico.webhook.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import dev.portico.platform.tenancy.TenantKey;
import dev.portico.webhook.domain.DeliveryClaim;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

class EndpointGateHoldOffTest {

  private static final Duration OPEN_FOR = Duration.ofSeconds(30);
  private static final Duration AT_LEAST = Duration.ofSeconds(1);
  private static final Duration AT_MOST = Duration.ofSeconds(15);

  private final EndpointGates.Gate gate =
      new EndpointGates.Gate(
          new Semaphore(1),
          CircuitBreaker.ofDefaults("whep_test"),
          new ConcurrentLinkedQueue<>(),
          2,
          new ConcurrentHashMap<>());

  @Test
  void whenTheBreakerIsClosedAndTheLineHasRoomThenTheMessageIsClaimedNow() {
    gate.waitInLine(claim("msg_1"));

    assertThat(holdOff(), is(Optional.empty()));
  }

  @Test
  void whenTheLineIsFullAndNothingIsInFlightThenTheMessageWaitsTheLeast() {
    fillTheLine();

    assertThat(holdOff(), is(Optional.of(AT_LEAST)));
  }

  @Test
  void whenTheLineIsFullThenTheMessageWaitsAsLongAsTheLongestAttemptHasRun() {
    fillTheLine();
    startedAgo("msg_old", Duration.ofSeconds(8));
    startedAgo("msg_new", Duration.ofSeconds(2));

    assertThat(
        holdOff().orElseThrow(),
        allOf(greaterThanOrEqualTo(Duration.ofSeconds(8)), lessThan(Duration.ofSeconds(9))));
  }

  @Test
  void whenAnAttemptHasRunLongerThanTheTimeoutThenTheWaitIsTheTimeout() {
    fillTheLine();
    startedAgo("msg_hung", Duration.ofMinutes(5));

    assertThat(holdOff(), is(Optional.of(AT_MOST)));
  }

  @Test
  void whenAnAttemptEndsThenItNoLongerCounts() {
    fillTheLine();
    gate.started("msg_1");
    gate.finished("msg_1");

    assertThat(gate.hasInFlight(), is(false));
    assertThat(holdOff(), is(Optional.of(AT_LEAST)));
  }

  @Test
  void whenTheBreakerIsOpenThenTheMessageWaitsWhileItIsOpen() {
    gate.breaker().transitionToOpenState();

    assertThat(holdOff(), is(Optional.of(OPEN_FOR)));
  }

  @Test
  void whenTheBreakerIsHalfOpenThenOnlyTheTrialGoesWhileItIsInFlight() {
    gate.breaker().transitionToOpenState();
    gate.breaker().transitionToHalfOpenState();

    assertThat(holdOff(), is(Optional.empty()));

    startedAgo("msg_trial", Duration.ofSeconds(3));

    assertThat(
        holdOff().orElseThrow(),
        allOf(greaterThanOrEqualTo(Duration.ofSeconds(3)), lessThan(Duration.ofSeconds(4))));
  }

  private Optional<Duration> holdOff() {
    return gate.holdOff(OPEN_FOR, AT_LEAST, AT_MOST);
  }

  private void fillTheLine() {
    gate.waitInLine(claim("msg_1"));
    gate.waitInLine(claim("msg_2"));
    assertThat(gate.lineIsFull(), is(true));
  }

  private void startedAgo(String messageId, Duration ago) {
    gate.inFlight().put(messageId, System.nanoTime() - ago.toNanos());
  }

  private static DeliveryClaim claim(String messageId) {
    return new DeliveryClaim(
        messageId,
        new TenantKey("org_test", false),
        "whep_test",
        URI.create("http://127.0.0.1/hook"),
        null,
        null,
        "customer.created",
        "{}",
        0,
        0,
        List.of(),
        Instant.parse("2026-12-06T00:00:00Z"));
  }
}
