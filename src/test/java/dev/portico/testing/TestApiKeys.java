package dev.portico.testing;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Creates keys over the API with the first-run key, for tests that need a key of their own. */
public final class TestApiKeys {

  private TestApiKeys() {}

  /** A new test-mode key with {@code scopes}; the response includes its {@code secret}. */
  public static JsonObject create(String name, String... scopes) {
    return createWith(
        "{\"name\":\""
            + name
            + "\",\"scopes\":"
            + array(scopes)
            + ",\"rate_limit_override\":"
            + Keys.UNLIMITED_OVERRIDE
            + "}");
  }

  public static JsonObject createWith(String json) {
    HttpResponse<String> response = Api.postJson("/api/v1/api-keys", json, Keys.bootstrapAuth());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("key not created: " + response.body());
    }
    return Api.json(response);
  }

  public static String array(String... values) {
    return Arrays.stream(values)
        .map(v -> "\"" + v + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
