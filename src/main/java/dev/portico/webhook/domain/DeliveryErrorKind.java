package dev.portico.webhook.domain;

/** Why a delivery attempt got no HTTP answer, as logged on the attempt and shown to partners. */
public enum DeliveryErrorKind {
  TIMEOUT("timeout"),
  CONNECTION_REFUSED("connection_refused"),
  TLS("tls"),
  DNS("dns"),
  BLOCKED_TARGET("blocked_target"),
  CONNECTION("connection");

  private final String text;

  DeliveryErrorKind(String text) {
    this.text = text;
  }

  /** The kind as the API and the attempt log spell it. */
  public String text() {
    return text;
  }
}
