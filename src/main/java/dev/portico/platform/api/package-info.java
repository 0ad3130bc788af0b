/** The API's own operations: its description and versions, its changelog, and an echo. */
package dev.portico.platform.api;
