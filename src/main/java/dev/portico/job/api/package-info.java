/** {@code /api/v1/jobs}: requests, responses, the resource and its actions. */
package dev.portico.job.api;
