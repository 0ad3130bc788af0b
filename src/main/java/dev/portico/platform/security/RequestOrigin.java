package dev.portico.platform.security;

/** Where a request came from, for the audit log: the client address and the request id. */
public record RequestOrigin(String ip, String requestId) {

  /** Portico's own work, started by no request. */
  public static final RequestOrigin INTERNAL = new RequestOrigin(null, null);
}
