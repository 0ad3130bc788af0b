/** Payments against invoices, their refunds, and test-mode declines. */
package dev.portico.payment;
