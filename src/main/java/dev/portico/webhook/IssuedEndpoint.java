package dev.portico.webhook;

import dev.portico.webhook.domain.SigningSecret;
import dev.portico.webhook.domain.WebhookEndpoint;

/** A new endpoint with its first signing secret, which only this answer shows. */
public record IssuedEndpoint(WebhookEndpoint endpoint, SigningSecret secret) {}
