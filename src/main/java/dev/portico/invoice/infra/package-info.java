/** Invoices on JPA. */
package dev.portico.invoice.infra;
