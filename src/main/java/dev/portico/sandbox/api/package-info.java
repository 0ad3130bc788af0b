/** The sandbox's operations under {@code /api/v1/sandbox} and their bodies. */
package dev.portico.sandbox.api;
