package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.portico.testing.Api;
import dev.portico.testing.ServerPair;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Portico servers counting in one Redis (portico.rate-limits.backend=redis): one budget per key
 * across both; and when Redis goes away, both keep answering on their own counts, say so in their
 * readiness, and return to Redis once it is back. The Redis is the test's own (port 6390, Debian's
 * redis-server, nothing kept on disk), so stopping it disturbs nothing else.
 */
@Tag("postgresql")
@Tag("redis")
class RedisRateLimitsIT {

  private static final int REDIS_PORT = 6390;
  private static final Duration BACKEND_RETRY = Duration.ofSeconds(1);

  private static ServerPair servers;

  @BeforeAll
  static void startRedisAndTwoServers() throws IOException, InterruptedException {
    startRedis();
    servers =
        ServerPair.start(
            "portico-it-redis",
            5,
            "portico_it_redis",
            Map.of(
                "PORTICO_RATE_LIMITS_BACKEND",
                "redis",
                "PORTICO_RATE_LIMITS_REDIS_URL",
                "redis://127.0.0.1:" + REDIS_PORT,
                "PORTICO_RATE_LIMITS_BACKEND_RETRY",
                BACKEND_RETRY.toString()));
  }

  @AfterAll
  static void stopEverything() throws IOException, InterruptedException {
    if (servers != null) {
      servers.stop();
    }
    stopRedis();
  }

  @Test
  void whenRequestsAlternateBetweenServersThenTheKeyGetsItsBudgetOnceInAll() {
    // Ten in the hour: exact, whatever the timing, unless the UTC hour turns during the test.
    String key =
        ClusterRequests.keyWith(servers, "{\"burst\":10,\"per_minute\":60,\"per_hour\":10}");

    assertThat(ClusterRequests.admittedAlternately(servers, key, 30), is(10));
  }

  @Test
  void whenRedisGoesAwayThenServersKeepAnsweringOnTheirOwnCountAndReturnWhenItIsBack()
      throws IOException, InterruptedException {
    String key = ClusterRequests.keyWith(servers, "{\"burst\":4,\"per_minute\":6}");
    assertThat(ClusterRequests.admittedOn(servers.first(), key, 2), is(2));

    stopRedis();
    try {
      assertThat(ClusterRequests.admittedOn(servers.first(), key, 6), is(4));
      assertThat(ClusterRequests.admittedOn(servers.second(), key, 6), is(4));
      String readiness = Api.get(servers.second().url("/health/ready")).body();
      assertThat(readiness, containsString("\"status\":\"UP\""));
      assertThat(readiness, containsString("\"state\":\"fallback\""));
    } finally {
      startRedis();
    }

    // Requests bring the servers back: Lettuce reconnects, the next try after the retry succeeds.
    String probe = ClusterRequests.keyWith(servers, "{\"burst\":1000,\"per_minute\":1000}");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Api.get(servers.first().url("/health/ready")).body().contains("\"state\":\"counting\"")
        && System.nanoTime() < deadline) {
      ClusterRequests.listCustomers(servers.first(), probe);
      Thread.sleep(200);
    }
    // Redis restarted empty (it keeps nothing on disk): the key starts whole there.
    assertThat(
        ClusterRequests.admittedOn(servers.first(), key, 6),
        allOf(greaterThanOrEqualTo(4), lessThanOrEqualTo(5)));
    assertThat(
        Api.get(servers.first().url("/health/ready")).body(),
        containsString("\"state\":\"counting\""));
  }

  private static void startRedis() throws IOException, InterruptedException {
    run(
        List.of(
            "redis-server",
            "--port",
            Integer.toString(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
            "--dir",
            System.getProperty("java.io.tmpdir")));
    for (int i = 0; i < 50; i++) {
      if (run(List.of("redis-cli", "-p", Integer.toString(REDIS_PORT), "ping")) == 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the test's Redis did not start on port " + REDIS_PORT);
  }

  private static void stopRedis() throws IOException, InterruptedException {
    run(List.of("redis-cli", "-p", Integer.toString(REDIS_PORT), "shutdown", "nosave"));
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
