/** {@code /api/v1/api-keys}: the resource and its request and response records. */
package dev.portico.apikey.api;
