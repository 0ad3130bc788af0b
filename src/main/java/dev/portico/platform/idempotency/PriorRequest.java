package dev.portico.platform.idempotency;

/**
 * What an Idempotency-Key was already used for: the fingerprint of that request and, once it has
 * finished, its answer (null while it is still running).
 */
public record PriorRequest(String fingerprint, StoredResponse response) {

  public boolean running() {
    return response == null;
  }
}
