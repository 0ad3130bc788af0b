/** Jobs on JPA. */
package dev.portico.job.infra;
