/** {@code /api/v1/customers}: requests, responses and the resource. */
package dev.portico.customer.api;
