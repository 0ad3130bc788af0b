/**
 * The event outbox: every change to a business object, recorded in the transaction that made it.
 */
package dev.portico.event;
