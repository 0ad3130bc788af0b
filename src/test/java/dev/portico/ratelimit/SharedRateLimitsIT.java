package dev.portico.ratelimit;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.portico.testing.Api;
import dev.portico.testing.ApplicationMetrics;
import dev.portico.testing.Keys;
import dev.portico.testing.LibertyServer;
import dev.portico.testing.PostgresTestDatabase;
import dev.portico.testing.ServerPair;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Portico servers counting in one PostgreSQL database (portico.rate-limits.backend=postgresql):
 * a key's budget is one, whichever server answers. When the backend fails, the first server
 * (on-backend-failure=local) keeps answering, counting in its own memory, and the second
 * (on-backend-failure=refuse) answers 503 and runs nothing; each says so in its readiness and
 * returns to the shared count once the backend answers again. Their application metrics count the
 * requests counted locally or refused and show the backend failing, then healthy.
 */
@Tag("postgresql")
class SharedRateLimitsIT {

  /** Under a second, so the refusing server's Retry-After shows its rounding up to 1. */
  private static final Duration BACKEND_RETRY = Duration.ofMillis(500);

  private static final String COUNTED_LOCALLY =
      "portico_rate_limits_requests_counted_locally_total";
  private static final String UNAVAILABLE = "portico_rate_limits_requests_unavailable_total";
  private static final String BACKEND_FAILING = "portico_rate_limits_backend_failing";

  private static ServerPair servers;

  @BeforeAll
  static void startTwoServersOnOneBackend() {
    servers =
        ServerPair.start(
            "portico-it-limits",
            3,
            "portico_it_limits",
            Map.of(
                "PORTICO_RATE_LIMITS_BACKEND",
                "postgresql",
                "PORTICO_RATE_LIMITS_BACKEND_RETRY",
                BACKEND_RETRY.toString()),
            Map.of("PORTICO_RATE_LIMITS_ON_BACKEND_FAILURE", "refuse"));
  }

  @AfterAll
  static void stopBoth() {
    if (servers != null) {
      servers.stop();
    }
  }

  @Test
  void whenRequestsAlternateBetweenServersThenTheKeyGetsItsBurstOnceInAll() {
    // Ten in the hour: exact, whatever the timing, unless the UTC hour turns during the test.
    String key =
        ClusterRequests.keyWith(servers, "{\"burst\":10,\"per_minute\":60,\"per_hour\":10}");

    assertThat(ClusterRequests.admittedAlternately(servers, key, 30), is(10));
    HttpResponse<String> shown =
        Api.get(servers.second().url("/api/v1/rate-limit"), Keys.auth(key));
    assertThat(shown.headers().firstValue("X-RateLimit-Remaining").orElseThrow(), is("0"));
  }

  @Test
  void whenTheBackendFailsThenServersKeepAnsweringOnTheirOwnCountAndReturnWhenItIsBack()
      throws SQLException, InterruptedException {
    String key = ClusterRequests.keyWith(servers, "{\"burst\":4,\"per_minute\":6}");
    assertThat(ClusterRequests.admittedOn(servers.first(), key, 2), is(2));
    ApplicationMetrics before = ApplicationMetrics.read(servers.first().url(""));

    renameBuckets("rate_limit_buckets", "rate_limit_buckets_away");
    try {
      // Counted in the first server's memory now: a whole burst of its own, never a 500.
      assertThat(ClusterRequests.admittedOn(servers.first(), key, 6), is(4));
      JsonObject readiness = Api.json(Api.get(servers.first().url("/health/ready")));
      assertThat(readiness.getString("status"), is("UP"));
      assertThat(readiness.toString(), containsString("\"state\":\"fallback\""));
      ApplicationMetrics during = ApplicationMetrics.read(servers.first().url(""));
      assertThat(during.value(COUNTED_LOCALLY) - before.value(COUNTED_LOCALLY), is(6.0));
      assertThat(during.value(BACKEND_FAILING), is(1.0));
    } finally {
      renameBuckets("rate_limit_buckets_away", "rate_limit_buckets");
    }

    Thread.sleep(BACKEND_RETRY.toMillis());
    // Back on the shared bucket, where two of the four were used before the failure.
    assertThat(
        ClusterRequests.admittedOn(servers.first(), key, 4),
        allOf(greaterThanOrEqualTo(2), lessThanOrEqualTo(3)));
    assertThat(
        Api.get(servers.first().url("/health/ready")).body(),
        containsString("\"state\":\"counting\""));
    assertThat(ApplicationMetrics.read(servers.first().url("")).value(BACKEND_FAILING), is(0.0));
  }

  @Test
  void whenTheBackendFailsThenTheRefusingServerAnswers503AndRunsNothingUntilItIsBack()
      throws SQLException, InterruptedException {
    LibertyServer refusing = servers.second();
    String key = ClusterRequests.keyWith(servers, "{\"burst\":10,\"per_minute\":60}");
    String customer = "{\"name\":\"Outage customer\",\"email\":\"outage@example.com\"}";
    String idempotencyKey = "outage-" + key.substring(12, 24);
    assertThat(ClusterRequests.admittedOn(refusing, key, 1), is(1));
    ApplicationMetrics before = ApplicationMetrics.read(refusing.url(""));

    renameBuckets("rate_limit_buckets", "rate_limit_buckets_away");
    try {
      HttpResponse<String> refused = Api.get(refusing.url("/api/v1/customers"), Keys.auth(key));
      JsonObject problem = assertProblem(refused, 503, "service_unavailable");
      long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
      assertThat(retryAfter, is(1L));
      assertThat(problem.getString("detail"), containsString("Retry after " + retryAfter + " s."));
      assertProblem(
          ClusterRequests.createCustomer(refusing, key, customer, idempotencyKey),
          503,
          "service_unavailable");

      HttpResponse<String> readiness = Api.get(refusing.url("/health/ready"));
      assertThat(readiness.statusCode(), is(503));
      assertThat(Api.json(readiness).getString("status"), is("DOWN"));
      assertThat(readiness.body(), containsString("\"state\":\"refusing\""));
      ApplicationMetrics during = ApplicationMetrics.read(refusing.url(""));
      assertThat(during.value(UNAVAILABLE) - before.value(UNAVAILABLE), is(2.0));
      assertThat(during.value(COUNTED_LOCALLY), is(before.value(COUNTED_LOCALLY)));
      assertThat(during.value(BACKEND_FAILING), is(1.0));
    } finally {
      renameBuckets("rate_limit_buckets_away", "rate_limit_buckets");
    }

    Thread.sleep(BACKEND_RETRY.toMillis());
    // The refused POST wrote nothing and left its Idempotency-Key free: the retry runs it.
    assertThat(ClusterRequests.customersWithEmail(refusing, key, "outage@example.com"), is(0));
    HttpResponse<String> created =
        ClusterRequests.createCustomer(refusing, key, customer, idempotencyKey);
    assertThat(created.body(), created.statusCode(), is(201));
    assertThat(created.headers().firstValue("Idempotent-Replayed").isPresent(), is(false));
    assertThat(ClusterRequests.customersWithEmail(refusing, key, "outage@example.com"), is(1));
    HttpResponse<String> readiness = Api.get(refusing.url("/health/ready"));
    assertThat(readiness.statusCode(), is(200));
    assertThat(Api.json(readiness).getString("status"), is("UP"));
    assertThat(readiness.body(), containsString("\"state\":\"counting\""));
    assertThat(ApplicationMetrics.read(refusing.url("")).value(BACKEND_FAILING), is(0.0));
  }

  private static void renameBuckets(String from, String to) throws SQLException {
    try (Connection connection = PostgresTestDatabase.existing("portico_it_limits").connect();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE " + from + " RENAME TO " + to);
    }
  }
}
