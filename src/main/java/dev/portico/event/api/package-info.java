/** Events as the API shows them: {@code /api/v1/events}. */
package dev.portico.event.api;
