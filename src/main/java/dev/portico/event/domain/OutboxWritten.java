package dev.portico.event.domain;

/** Fired when an event is recorded; after its transaction commits, the relay is woken. */
public record OutboxWritten(String eventId) {}
