/** Servlet-level filters that wrap every response of the application: request id, headers, CORS. */
package dev.portico.platform.web;
