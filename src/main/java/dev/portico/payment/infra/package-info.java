/** Payments on JPA. */
package dev.portico.payment.infra;
