package dev.portico.customer;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Customers made over the API with the first-run key, for tests. */
final class TestCustomers {

  private TestCustomers() {}

  /** A name no other test uses, so that {@code q=} finds exactly this test's customers. */
  static String uniqueName(String label) {
    return label + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonObject create(String json) {
    HttpResponse<String> response = Api.postJson("/api/v1/customers", json, Keys.bootstrapAuth());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("customer not created: " + response.body());
    }
    return Api.json(response);
  }

  static JsonObject named(String name) {
    return create("{\"name\":\"" + name + "\"}");
  }
}
