/** JAX-RS filters on the API path that every operation shares. */
package dev.portico.platform.http;
