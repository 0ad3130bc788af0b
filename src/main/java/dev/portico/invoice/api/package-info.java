/** {@code /api/v1/invoices}: requests, responses, the resource and its actions. */
package dev.portico.invoice.api;
