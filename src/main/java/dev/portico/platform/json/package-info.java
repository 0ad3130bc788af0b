/** The one JSON-B configuration: snake_case, RFC 3339 UTC timestamps, unknown fields refused. */
package dev.portico.platform.json;
