/** Cross-cutting mechanisms written once: the JAX-RS application and what every request shares. */
package dev.portico.platform;
