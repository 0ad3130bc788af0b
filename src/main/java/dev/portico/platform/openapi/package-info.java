/** Completes the generated OpenAPI document with what every operation shares. */
package dev.portico.platform.openapi;
