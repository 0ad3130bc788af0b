/** The stored event and its repository. */
package dev.portico.event.domain;
