/** Webhooks as the API shows them: {@code /api/v1/webhook-events}, the event catalogue. */
package dev.portico.webhook.api;
