package dev.portico.webhook;

/** What a sealed signing secret is bound to: its endpoint, so it cannot be moved to another. */
final class SecretContexts {

  private SecretContexts() {}

  static String of(String endpointId) {
    return "webhook_endpoint_secret:" + endpointId;
  }
}
