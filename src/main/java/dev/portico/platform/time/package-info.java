/** Time as Portico stores and shows it. */
package dev.portico.platform.time;
