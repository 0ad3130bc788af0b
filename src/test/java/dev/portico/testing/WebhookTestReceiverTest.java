package dev.portico.testing;

import static dev.portico.testing.WebhookAnswer.hang;
import static dev.portico.testing.WebhookAnswer.status;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Posts to the receiver as Portico would and checks what it records and answers. */
class WebhookTestReceiverTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final WebhookTestReceiver receiver = WebhookTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void whenDeliveryIsPostedThenItsPathHeadersExactBodyAndArrivalAreRecorded() throws Exception {
    String body = "{\"type\": \"job.completed\", \"name\": \"Zoë\"}\n";
    Instant before = Instant.now();

    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(receiver.url() + "?token=abc"))
                .header("Content-Type", "application/json")
                .header("Webhook-Id", "msg_1")
                .header("webhook-timestamp", "1795000000")
                .header("webhook-signature", "v1,abc=")
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            BodyHandlers.ofString());

    assertThat(answer.statusCode(), is(204));
    List<ReceivedRequest> received = receiver.awaitRequests(1, WAIT);
    ReceivedRequest request = received.get(0);
    assertThat(request.name(), is(WebhookTestReceiver.DEFAULT_NAME));
    assertThat(request.method(), is("POST"));
    assertThat(request.path(), is("/hooks/endpoint?token=abc"));
    assertThat(request.webhookId(), is("msg_1"));
    assertThat(request.header("WEBHOOK-TIMESTAMP"), is("1795000000"));
    assertThat(request.firstHeaderValues().get("webhook-signature"), is("v1,abc="));
    assertThat(request.header("content-type"), is("application/json"));
    assertThat(request.header("missing"), is(nullValue()));
    assertThat(request.body(), is(body));
    assertThat(request.bodyBytes(), is(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(request.arrivedAt().compareTo(before), greaterThanOrEqualTo(0));
    assertThat(request.arrivedAt().compareTo(Instant.now()), lessThanOrEqualTo(0));
    assertThat(receiver.received(), is(received));
  }

  @Test
  void whenAnswersAreEnqueuedThenRequestsGetThemInOrderAndThen204() throws Exception {
    receiver.enqueue(status(429, Map.of("Retry-After", "2")), status(503), status(410));

    HttpResponse<String> limited = post(receiver.url());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(post(receiver.url()).statusCode());
    }

    assertThat(limited.statusCode(), is(429));
    assertThat(limited.headers().firstValue("retry-after").orElse(null), is("2"));
    assertThat(statuses, contains(503, 410, 204));
  }

  @Test
  void whenFailingTwiceThenTheThirdAttemptSucceeds() throws Exception {
    receiver.failTimes(2, 500);

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(post(receiver.url()).statusCode());
    }

    assertThat(statuses, contains(500, 500, 204));
    assertThat(receiver.received(), hasSize(3));
  }

  @Test
  void whenAnsweringWithAFunctionThenEachEndpointGetsItsOwnAnswer() throws Exception {
    receiver.answerWith(
        request -> request.name().equals("gone") ? status(410) : status(200).withBody("thanks"));

    HttpResponse<String> gone = post(receiver.url("gone"));
    HttpResponse<String> kept = post(receiver.url("kept"));

    assertThat(gone.statusCode(), is(410));
    assertThat(kept.statusCode(), is(200));
    assertThat(kept.body(), is("thanks"));
    assertThat(receiver.awaitRequests("kept", 1, WAIT).get(0).path(), is("/hooks/kept"));
  }

  @Test
  void whenPathIsNotAnEndpointThenItIsRecordedAndAnswered404() throws Exception {
    String elsewhere = receiver.url().replace("/hooks/endpoint", "/other");

    assertThat(post(elsewhere).statusCode(), is(404));
    assertThat(receiver.received().get(0).name(), is(nullValue()));
  }

  @Test
  void whenAnswerHangsPastTheClientTimeoutThenTheClientTimesOutAndCloseEndsTheWait()
      throws Exception {
    receiver.enqueue(hang(Duration.ofSeconds(30)));
    HttpRequest slow =
        HttpRequest.newBuilder(URI.create(receiver.url()))
            .timeout(Duration.ofMillis(500))
            .POST(BodyPublishers.ofString("{}"))
            .build();

    assertThrows(HttpTimeoutException.class, () -> client.send(slow, BodyHandlers.ofString()));
    assertThat(receiver.received(), hasSize(1));
    long closing = System.nanoTime();
    receiver.close();
    assertThat(Duration.ofNanos(System.nanoTime() - closing), lessThan(Duration.ofSeconds(5)));
  }

  @Test
  void whenAnswerIsDelayedWithinTheClientTimeoutThenTheClientGetsIt() throws Exception {
    receiver.enqueue(status(202).after(Duration.ofMillis(300)));
    long sending = System.nanoTime();

    HttpResponse<String> answer = post(receiver.url());

    assertThat(answer.statusCode(), is(202));
    assertThat(
        Duration.ofNanos(System.nanoTime() - sending),
        greaterThanOrEqualTo(Duration.ofMillis(300)));
  }

  @Test
  void whenRequestsArriveConcurrentlyThenAwaitRequestsReturnsThemOnceAllArrived() {
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(
          client.sendAsync(
              HttpRequest.newBuilder(URI.create(receiver.url()))
                  .POST(BodyPublishers.ofString("{\"n\":" + i + "}"))
                  .build(),
              BodyHandlers.ofString()));
    }

    List<ReceivedRequest> received = receiver.awaitRequests(5, WAIT);

    assertThat(received, hasSize(5));
    sent.forEach(answer -> assertThat(answer.join().statusCode(), is(204)));
  }

  @Test
  void whenFewerRequestsArriveThanAwaitedThenAwaitFailsListingThem() throws Exception {
    post(receiver.url());

    AssertionError failure =
        assertThrows(AssertionError.class, () -> receiver.awaitRequests(2, Duration.ofMillis(200)));

    assertThat(failure.getMessage(), containsString("Expected 2 requests within PT0.2S, got 1"));
  }

  private HttpResponse<String> post(String url) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(WAIT)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{}"))
            .build(),
        BodyHandlers.ofString());
  }
}
