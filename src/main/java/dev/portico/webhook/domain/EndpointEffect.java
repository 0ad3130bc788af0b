package dev.portico.webhook.domain;

/** What an attempt's result does to its endpoint. */
public enum EndpointEffect {
  /** A success: the endpoint is not failing any more. */
  HEALTHY,
  /** A failure: the endpoint is failing, since now unless it was already. */
  FAILING,
  /** A 410 Gone: the receiver asked for no more deliveries. */
  DISABLE_GONE,
  /** A failure after failing without a success for the configured period (5 days by default). */
  DISABLE_FAILING
}
