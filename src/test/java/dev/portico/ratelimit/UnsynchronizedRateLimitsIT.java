package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.LibertyServer;
import dev.portico.testing.ServerPair;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Portico servers on one Redis (the machine's, 127.0.0.1:6379), each allowed to admit three
 * requests of a key on its own copy of the shared bucket before writing them to Redis
 * (portico.rate-limits.unsynchronized-requests=3): together they admit at most six over a key's
 * limit, and every request they admitted is in the shared count once they have synchronized.
 */
@Tag("postgresql")
@Tag("redis")
class UnsynchronizedRateLimitsIT {

  private static final int UNSYNCHRONIZED = 3;
  private static final Duration UNSYNCHRONIZED_FOR = Duration.ofSeconds(1);

  private static ServerPair servers;

  @BeforeAll
  static void startTwoServers() {
    servers =
        ServerPair.start(
            "portico-it-unsync",
            7,
            "portico_it_unsync",
            Map.of(
                "PORTICO_RATE_LIMITS_BACKEND",
                "redis",
                "PORTICO_RATE_LIMITS_UNSYNCHRONIZED_REQUESTS",
                Integer.toString(UNSYNCHRONIZED),
                "PORTICO_RATE_LIMITS_UNSYNCHRONIZED_FOR",
                UNSYNCHRONIZED_FOR.toString()));
  }

  @AfterAll
  static void stopBoth() {
    if (servers != null) {
      servers.stop();
    }
  }

  @Test
  void whenRequestsAlternateBetweenServersThenTheyAdmitTheLimitPlusAtMostTheTolerance() {
    // Ten in the hour, unless the UTC hour turns during the test.
    String key =
        ClusterRequests.keyWith(servers, "{\"burst\":10,\"per_minute\":60,\"per_hour\":10}");

    assertThat(
        ClusterRequests.admittedAlternately(servers, key, 40),
        allOf(greaterThanOrEqualTo(10), lessThanOrEqualTo(10 + 2 * UNSYNCHRONIZED)));
  }

  @Test
  void whenBothServersHaveSynchronizedThenTheSharedCountHoldsEveryAdmittedRequest()
      throws InterruptedException {
    // A day of 1 000, nowhere near used, unless the UTC day turns during the test.
    String key =
        ClusterRequests.keyWith(
            servers, "{\"burst\":100,\"per_minute\":1000,\"per_hour\":10000,\"per_day\":1000}");
    assertThat(ClusterRequests.admittedAlternately(servers, key, 40), is(40));

    Thread.sleep(UNSYNCHRONIZED_FOR.toMillis() + 200);
    dayRemaining(servers.first(), key);
    // The first server wrote its requests, then the second wrote its own and read the total:
    // 40 listed and 2 reads of the limits.
    assertThat(dayRemaining(servers.second(), key), is(1000L - 42));
  }

  private static long dayRemaining(LibertyServer server, String key) {
    HttpResponse<String> shown = Api.get(server.url("/api/v1/rate-limit"), Keys.auth(key));
    assertThat(shown.body(), shown.statusCode(), is(200));
    return Api.json(shown).getJsonArray("windows").stream()
        .map(JsonObject.class::cast)
        .filter(window -> window.getString("name").equals("day"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("remaining")
        .longValue();
  }
}
