/** Webhooks on JPA, JDBC, JMS (the delivery queue and its consumer), EJB timers and HTTP. */
package dev.portico.webhook.infra;
