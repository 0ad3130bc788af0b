package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
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
 * a key's budget is one, whichever server answers; and when the backend fails, each server keeps
 * answering, counting in its own memory, says so in its readiness, and returns to the shared count
 * once the backend answers again.
 */
@Tag("postgresql")
class SharedRateLimitsIT {

  private static final Duration BACKEND_RETRY = Duration.ofSeconds(1);

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
                BACKEND_RETRY.toString()));
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

    renameBuckets("rate_limit_buckets", "rate_limit_buckets_away");
    try {
      // Counted in the first server's memory now: a whole burst of its own, never a 500.
      assertThat(ClusterRequests.admittedOn(servers.first(), key, 6), is(4));
      JsonObject readiness = Api.json(Api.get(servers.first().url("/health/ready")));
      assertThat(readiness.getString("status"), is("UP"));
      assertThat(readiness.toString(), containsString("\"state\":\"fallback\""));
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
  }

  private static void renameBuckets(String from, String to) throws SQLException {
    try (Connection connection = PostgresTestDatabase.existing("portico_it_limits").connect();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE " + from + " RENAME TO " + to);
    }
  }
}
