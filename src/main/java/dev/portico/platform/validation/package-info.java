/** Bean Validation constraints shared by every resource's requests. */
package dev.portico.platform.validation;
