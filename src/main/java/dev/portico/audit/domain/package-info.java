/** Audit events and the field changes they record. */
package dev.portico.audit.domain;
