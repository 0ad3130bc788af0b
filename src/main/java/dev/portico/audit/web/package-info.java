/** The console's audit log page. */
package dev.portico.audit.web;
