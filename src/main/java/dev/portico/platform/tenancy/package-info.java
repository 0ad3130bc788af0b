/** Tenant and mode isolation, applied once for every query through EclipseLink multitenancy. */
package dev.portico.platform.tenancy;
