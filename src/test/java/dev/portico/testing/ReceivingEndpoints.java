package dev.portico.testing;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, a webhook receiver in the test JVM and the endpoints the test registers for it
 * with the first-run key, deleted after the test so that no other test's events reach them.
 * Register it with {@code @RegisterExtension}.
 */
public final class ReceivingEndpoints implements BeforeEachCallback, AfterEachCallback {

  private final String key = Keys.bootstrap();
  private final List<String> endpoints = new ArrayList<>();
  private WebhookTestReceiver receiver;

  @Override
  public void beforeEach(ExtensionContext context) {
    receiver = WebhookTestReceiver.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    endpoints.forEach(id -> TestWebhookEndpoints.delete(key, id));
    endpoints.clear();
    receiver.close();
  }

  /** The first-run key the endpoints belong to. */
  public String key() {
    return key;
  }

  public WebhookTestReceiver receiver() {
    return receiver;
  }

  /** A new endpoint at the receiver's path {@code name}; the answer carries its secret. */
  public JsonObject endpoint(String name, String... types) {
    JsonObject endpoint = TestWebhookEndpoints.create(key, receiver.url(name), types);
    endpoints.add(endpoint.getString("id"));
    return endpoint;
  }
}
