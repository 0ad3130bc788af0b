/** Webhook endpoints, messages and attempts, their rules and their repositories. */
package dev.portico.webhook.domain;
