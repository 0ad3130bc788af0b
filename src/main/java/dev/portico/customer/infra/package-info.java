/** Customers on JPA. */
package dev.portico.customer.infra;
