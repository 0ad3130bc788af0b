/** The customer entity, its address and its repository. */
package dev.portico.customer.domain;
