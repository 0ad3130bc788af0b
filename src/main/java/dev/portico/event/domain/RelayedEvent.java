package dev.portico.event.domain;

import dev.portico.platform.tenancy.TenantKey;

/**
 * Fired once an event is claimed for relaying, inside the relay's transaction: observers (webhook
 * fan-out) write what the event causes in that transaction, so the event is relayed with its
 * consequences or not at all. {@code envelope} is the JSON Portico publishes (EventEnvelope).
 */
public record RelayedEvent(String id, TenantKey tenant, String type, String envelope) {}
