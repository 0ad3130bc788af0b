/**
 * RFC 9457 problem details: the error catalogue and the one mapper family every error goes through.
 */
package dev.portico.platform.problem;
