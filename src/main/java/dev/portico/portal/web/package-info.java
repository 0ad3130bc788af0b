/** Faces backing beans and routing of the portal's pages. */
package dev.portico.portal.web;
