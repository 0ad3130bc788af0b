/** Invoices: line items, totals in minor units, and draft → open → paid | void. */
package dev.portico.invoice;
