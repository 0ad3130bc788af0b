/** {@code /api/v1/organizations}: the operator's resource and its request and response records. */
package dev.portico.operator.api;
