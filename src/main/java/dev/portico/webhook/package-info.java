/** Webhooks: partners' endpoints, and the delivery of events to them, signed and retried. */
package dev.portico.webhook;
