package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.LibertyServer;
import dev.portico.testing.ServerPair;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests of the tests that count one key's budget on two servers sharing a backend. */
final class ClusterRequests {

  private ClusterRequests() {}

  /**
   * A key of the pair's first-run organization that reads and writes customers, with {@code
   * override} (a JSON object).
   */
  static String keyWith(ServerPair servers, String override) {
    HttpResponse<String> created =
        Api.postJson(
            servers.first().url("/api/v1/api-keys"),
            "{\"name\":\"Shared budget\",\"scopes\":[\"customers:read\",\"customers:write\"],"
                + "\"rate_limit_override\":"
                + override
                + "}",
            Keys.auth(servers.firstRunKey()));
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created).getString("secret");
  }

  /** One counted request: admitted or refused, never anything else, and always with headers. */
  static HttpResponse<String> listCustomers(LibertyServer server, String key) {
    HttpResponse<String> answer = Api.get(server.url("/api/v1/customers"), Keys.auth(key));
    assertThat(answer.body(), answer.statusCode() == 200 || answer.statusCode() == 429, is(true));
    assertThat(answer.headers().firstValue("RateLimit").isPresent(), is(true));
    return answer;
  }

  /** Creates a customer from {@code body} (JSON) with an {@code Idempotency-Key}. */
  static HttpResponse<String> createCustomer(
      LibertyServer server, String key, String body, String idempotencyKey) {
    return Api.send(
        "POST",
        server.url("/api/v1/customers"),
        HttpRequest.BodyPublishers.ofString(body),
        "Authorization",
        "Bearer " + key,
        "Content-Type",
        "application/json",
        "Idempotency-Key",
        idempotencyKey);
  }

  /** How many customers of the key's organization have {@code email}. */
  static int customersWithEmail(LibertyServer server, String key, String email) {
    HttpResponse<String> found =
        Api.get(server.url("/api/v1/customers?email=" + email), Keys.auth(key));
    assertThat(found.body(), found.statusCode(), is(200));
    return Api.json(found).getJsonArray("data").size();
  }

  /** How many of {@code requests} to one server were admitted. */
  static int admittedOn(LibertyServer server, String key, int requests) {
    int admitted = 0;
    for (int i = 0; i < requests; i++) {
      if (listCustomers(server, key).statusCode() == 200) {
        admitted++;
      }
    }
    return admitted;
  }

  /** How many of {@code requests}, sent to the two servers in turn, were admitted. */
  static int admittedAlternately(ServerPair servers, String key, int requests) {
    int admitted = 0;
    for (int i = 0; i < requests; i++) {
      LibertyServer server = i % 2 == 0 ? servers.first() : servers.second();
      if (listCustomers(server, key).statusCode() == 200) {
        admitted++;
      }
    }
    return admitted;
  }
}
