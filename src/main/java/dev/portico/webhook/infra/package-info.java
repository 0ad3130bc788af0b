/** How webhooks leave Portico: the outbound HTTP client and the guard on where it may connect. */
package dev.portico.webhook.infra;
