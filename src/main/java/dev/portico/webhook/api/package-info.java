/** The webhook API: endpoints, their messages and the delivery log. */
package dev.portico.webhook.api;
