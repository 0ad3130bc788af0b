/** Events on JPA. */
package dev.portico.event.infra;
