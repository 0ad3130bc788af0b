/** The job entity, its states and legal transitions, and its repository. */
package dev.portico.job.domain;
