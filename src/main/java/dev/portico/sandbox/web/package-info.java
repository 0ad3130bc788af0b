/** The console's Sandbox page. */
package dev.portico.sandbox.web;
