/**
 * The console kit every feature's Faces beans use: redirects, notices after a redirect, field
 * messages, times in the viewer's zone, the live/test switch and the expired-form defence.
 */
package dev.portico.platform.faces;
