package dev.portico.platform.cluster;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.LibertyServer;
import dev.portico.testing.PostgresTestDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Portico servers started at the same moment on one fresh PostgreSQL database, as an operator
 * scales out: one bootstrap between them, a revocation on one refused by the other within the key
 * cache's bound, and a server's last-used times written when it stops cleanly. PostgreSQL only: the
 * embedded H2 file belongs to one server.
 */
@Tag("postgresql")
class TwoServersIT {

  private static final Pattern PRINTED_KEY = Pattern.compile("##\\s+(sk_test_[0-9A-Za-z]{43})\\s");
  private static final String BANNER = "PORTICO IS READY";

  /** portico.api-keys.cache-ttl's default, the documented bound for revocation elsewhere. */
  private static final Duration CACHE_TTL = Duration.ofSeconds(5);

  private static PostgresTestDatabase database;
  private static LibertyServer first;
  private static LibertyServer second;
  private static String firstRunKey;

  /** Both console logs as they stood once both servers were ready; a restart replaces a log. */
  private static String consolesAtStart;

  @BeforeAll
  static void startTwoServersAtOnce() {
    database = PostgresTestDatabase.fresh("portico_it_pair");
    Map<String, String> environment = new HashMap<>(database.serverEnvironment());
    // Long enough that only a clean stop can write what a server holds.
    environment.put("PORTICO_API_KEYS_LAST_USED_FLUSH_INTERVAL", "PT1H");
    first = LibertyServer.copyOfTestServer("portico-it-a", 1, environment);
    second = LibertyServer.copyOfTestServer("portico-it-b", 2, environment);
    CompletableFuture.allOf(
            CompletableFuture.runAsync(first::start), CompletableFuture.runAsync(second::start))
        .join();
    consolesAtStart = first.console() + second.console();
    Matcher key = PRINTED_KEY.matcher(consolesAtStart);
    firstRunKey = key.find() ? key.group(1) : null;
  }

  @AfterAll
  static void stopBoth() {
    if (first != null) {
      first.stop();
    }
    if (second != null) {
      second.stop();
    }
  }

  @Test
  void whenTwoServersStartTogetherOnAnEmptyDatabaseThenOneBootstrapsAndTheKeyWorksOnBoth()
      throws SQLException {
    assertThat(count(consolesAtStart, BANNER), is(1));
    assertThat(firstRunKey, notNullValue());
    assertThat(
        Api.get(first.url("/api/v1/api-keys"), Keys.auth(firstRunKey)).statusCode(), is(200));
    assertThat(
        Api.get(second.url("/api/v1/api-keys"), Keys.auth(firstRunKey)).statusCode(), is(200));
    assertThat(rows("SELECT COUNT(*) FROM organizations"), is(1));
    assertThat(rows("SELECT COUNT(*) FROM users"), is(1));
    assertThat(rows("SELECT COUNT(*) FROM api_keys WHERE name = 'First-run test key'"), is(1));
  }

  @Test
  void whenKeyIsRevokedOnOneServerThenTheOtherRefusesItWithinTheCacheBound()
      throws InterruptedException {
    JsonObject key = create(first, "Revoked across servers");
    String secret = key.getString("secret");
    assertThat(Api.get(second.url("/api/v1/api-keys"), Keys.auth(secret)).statusCode(), is(200));
    assertThat(Api.get(first.url("/api/v1/api-keys"), Keys.auth(secret)).statusCode(), is(200));

    int revoke =
        Api.send(
                "POST",
                first.url("/api/v1/api-keys/" + key.getString("id") + "/revoke"),
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                Keys.auth(firstRunKey))
            .statusCode();
    Instant revoked = Instant.now();
    assertThat(revoke, is(200));
    assertProblem(
        Api.get(first.url("/api/v1/api-keys"), Keys.auth(secret)), 401, "invalid_credentials");

    Duration refusedAfter = null;
    while (Duration.between(revoked, Instant.now()).compareTo(CACHE_TTL.multipliedBy(3)) < 0) {
      if (Api.get(second.url("/api/v1/api-keys"), Keys.auth(secret)).statusCode() == 401) {
        refusedAfter = Duration.between(revoked, Instant.now());
        break;
      }
      Thread.sleep(100);
    }
    System.out.println("Revocation reached the other server after " + refusedAfter);
    assertThat(refusedAfter, notNullValue());
    // The bound, plus a second for a loaded two-core machine.
    assertThat(refusedAfter, lessThan(CACHE_TTL.plusSeconds(1)));
  }

  @Test
  void whenServerStopsCleanlyThenItsLastUsedTimesAreWrittenAndARestartPrintsNoBanner()
      throws SQLException {
    JsonObject key = create(first, "Used on the second server");
    String id = key.getString("id");
    Instant beforeUse = Instant.now().minusSeconds(1);
    assertThat(
        Api.get(second.url("/api/v1/api-keys"), Keys.auth(key.getString("secret"))).statusCode(),
        is(200));
    assertThat(lastUsedAt(id), nullValue());

    second.stop();

    Instant written = lastUsedAt(id);
    assertThat(written, notNullValue());
    assertThat(written.isBefore(beforeUse), is(false));
    assertThat(written.isAfter(Instant.now()), is(false));

    second.start();
    assertThat(count(second.console(), BANNER), is(0));
    assertThat(second.console(), not(containsString(firstRunKey)));
    JsonObject seen =
        Api.json(Api.get(second.url("/api/v1/api-keys/" + id), Keys.auth(firstRunKey)));
    assertThat(Instant.parse(seen.getString("last_used_at")), is(written));
  }

  private static JsonObject create(LibertyServer server, String name) {
    var response =
        Api.postJson(
            server.url("/api/v1/api-keys"),
            "{\"name\":\"" + name + "\",\"scopes\":[\"api_keys:read\"]}",
            Keys.auth(firstRunKey));
    assertThat(response.statusCode(), is(201));
    return Api.json(response);
  }

  private static int rows(String countQuery) throws SQLException {
    try (Connection connection = database.connect();
        ResultSet count = connection.createStatement().executeQuery(countQuery)) {
      count.next();
      return count.getInt(1);
    }
  }

  private static Instant lastUsedAt(String apiKeyId) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT last_used_at FROM api_keys WHERE id = ?")) {
      query.setString(1, apiKeyId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        Timestamp at = row.getTimestamp(1);
        return at == null ? null : at.toInstant();
      }
    }
  }

  private static int count(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1;
  }
}
