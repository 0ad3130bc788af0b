/**
 * The developer portal: its public pages (landing, documentation) and what they are written from.
 */
package dev.portico.portal;
