/** Webhook endpoints, messages and delivery attempts, and the rules they keep. */
package dev.portico.webhook.domain;
