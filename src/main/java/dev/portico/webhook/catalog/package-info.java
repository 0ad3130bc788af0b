/**
 * The catalogue of webhook event types: each type's description, the JSON Schema of its payload
 * generated from the record the API serializes, and an example payload.
 */
package dev.portico.webhook.catalog;
