package dev.portico.platform.health;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Readiness reports the database and the messaging engine; liveness the JVM. */
class HealthIT {

  private static Map<String, JsonObject> checks(HttpResponse<String> response) {
    return Api.json(response).getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
  }

  @Test
  void whenReadyThenDatabaseAndMessagingAreUp() {
    HttpResponse<String> response = Api.get("/health/ready");

    assertThat(response.statusCode(), is(200));
    assertThat(Api.json(response).getString("status"), is("UP"));
    Map<String, JsonObject> checks = checks(response);
    assertThat(checks.get("database").getString("status"), is("UP"));
    assertThat(checks.get("messaging").getString("status"), is("UP"));
  }

  @Test
  void whenReadyThenTheConfiguredDatabaseIsTheOneInUse() {
    String kind = System.getProperty("portico.db.kind", "");
    String expected = "postgresql".equals(kind) ? "PostgreSQL" : "H2";

    JsonObject database = checks(Api.get("/health/ready")).get("database");

    assertThat(database.getJsonObject("data").getString("product"), is(expected));
  }

  @Test
  void whenLiveThenJvmIsUp() {
    HttpResponse<String> response = Api.get("/health/live");

    assertThat(response.statusCode(), is(200));
    JsonObject jvm = checks(response).get("jvm");
    assertThat(jvm.getString("status"), is("UP"));
    assertThat(jvm.getJsonObject("data").getInt("deadlocked_threads"), is(0));
  }
}
