/** The invoice entity, its lines, totals and states, and its repository. */
package dev.portico.invoice.domain;
