/**
 * The Java code samples of the docs, compiled and run by the build; the pages show copies of them
 * from {@code dev/portico/portal/samples/} (checked equal by {@code WebhookSampleCodeTest}).
 */
package dev.portico.portal.samples;
