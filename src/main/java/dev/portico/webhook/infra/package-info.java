/**
 * Webhooks on JPA, JDBC, JMS (the delivery queue and its consumer), EJB timers, and the outbound
 * HTTP client with the guard on where it may connect.
 */
package dev.portico.webhook.infra;
