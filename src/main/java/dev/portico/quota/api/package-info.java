/** {@code /api/v1/quota} and {@code /api/v1/plans}, and the filter that counts requests. */
package dev.portico.quota.api;
