package dev.portico.platform.idempotency;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} on POST, over HTTP: one execution, replayed answers, refused reuse. */
class IdempotencyIT {

  private static final String CUSTOMERS = "/api/v1/customers";

  @Test
  void whenTheSameRequestIsRetriedThenTheFirstAnswerIsReplayedAndNothingIsMadeTwice() {
    String name = unique("replay");
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = post(name, key);
    HttpResponse<String> again = post(name, key);

    assertThat(first.statusCode(), is(201));
    assertThat(first.headers().firstValue("Idempotent-Replayed").isPresent(), is(false));
    assertThat(again.statusCode(), is(201));
    assertThat(again.headers().firstValue("Idempotent-Replayed").orElseThrow(), is("true"));
    assertThat(again.body(), is(first.body()));
    assertThat(again.headers().firstValue("Location"), is(first.headers().firstValue("Location")));
    assertThat(count(name), is(1));
  }

  @Test
  void whenAKeyIsReusedForAnotherRequestThen422AndNothingIsMade() {
    String key = UUID.randomUUID().toString();
    String other = unique("other");
    post(unique("first"), key);

    assertProblem(post(other, key), 422, "idempotency_key_reused");
    assertProblem(
        Api.postJson(
            "/api/v1/echo", "{\"message\":\"hi\"}", "Idempotency-Key", key, auth()[0], auth()[1]),
        422,
        "idempotency_key_reused");
    assertThat(count(other), is(0));
  }

  @Test
  void whenTwentyIdenticalRequestsArriveAtOnceThenExactlyOneObjectIsMade() throws Exception {
    String name = unique("burst");
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(name, key);
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        statuses.add(response.statusCode());
        if (response.statusCode() == 409) {
          assertProblem(response, 409, "idempotency_key_in_use");
        }
      }
      assertThat(statuses.toString(), statuses, everyItem(is(oneOf(201, 409))));
      assertThat(statuses, hasItem(201));
    } finally {
      pool.shutdown();
    }
    assertThat(count(name), is(1));
    assertThat(
        post(name, key).headers().firstValue("Idempotent-Replayed").orElseThrow(), is("true"));
  }

  @Test
  void whenTheKeyIsTooLongOrNotAsciiThenTheProblemNamesTheHeader() {
    JsonObject tooLong =
        assertProblem(
            Api.offContract()
                .postJson(
                    CUSTOMERS,
                    "{\"name\":\"" + unique("long") + "\"}",
                    "Idempotency-Key",
                    "k".repeat(256),
                    auth()[0],
                    auth()[1]),
            400,
            "validation_failed");
    assertThat(
        tooLong.getJsonArray("errors").getJsonObject(0).getString("field"), is("Idempotency-Key"));
    assertThat(
        post(unique("max"), "k".repeat(200) + UUID.randomUUID().toString().substring(0, 8))
            .statusCode(),
        is(201));
  }

  @Test
  void whenARequestFailsValidationThenItsAnswerIsReplayedToo() {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first =
        Api.offContract()
            .postJson(CUSTOMERS, "{\"name\":\"\"}", "Idempotency-Key", key, auth()[0], auth()[1]);
    HttpResponse<String> again =
        Api.offContract()
            .postJson(CUSTOMERS, "{\"name\":\"\"}", "Idempotency-Key", key, auth()[0], auth()[1]);

    assertProblem(first, 400, "validation_failed");
    assertThat(again.statusCode(), is(400));
    assertThat(again.headers().firstValue("Idempotent-Replayed").orElseThrow(), is("true"));
  }

  private static HttpResponse<String> post(String name, String key) {
    return Api.postJson(
        CUSTOMERS, "{\"name\":\"" + name + "\"}", "Idempotency-Key", key, auth()[0], auth()[1]);
  }

  private static int count(String name) {
    HttpResponse<String> list =
        Api.get(
            CUSTOMERS + "?limit=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), auth());
    return Api.json(list).getJsonArray("data").size();
  }

  private static String unique(String label) {
    return label + "-" + UUID.randomUUID();
  }

  private static String[] auth() {
    return Keys.bootstrapAuth();
  }
}
