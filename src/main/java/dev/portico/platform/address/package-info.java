/** The postal address that customers and jobs share, stored and shown the same way. */
package dev.portico.platform.address;
