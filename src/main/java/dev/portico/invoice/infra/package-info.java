/** Invoices on JPA, and the timer that flags overdue invoices. */
package dev.portico.invoice.infra;
