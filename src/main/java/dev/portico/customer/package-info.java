/** Customers of the field-service business: who jobs are for and invoices are sent to. */
package dev.portico.customer;
