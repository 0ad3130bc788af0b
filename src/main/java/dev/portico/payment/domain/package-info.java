/** The payment entity and its repository. */
package dev.portico.payment.domain;
