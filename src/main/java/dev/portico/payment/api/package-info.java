/** {@code /api/v1/payments} and {@code /api/v1/invoices/{id}/payments}. */
package dev.portico.payment.api;
