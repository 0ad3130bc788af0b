/** The webhook API: endpoints, their messages and the delivery log, and the event catalogue. */
package dev.portico.webhook.api;
