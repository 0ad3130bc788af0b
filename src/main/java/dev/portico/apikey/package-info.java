/** API keys: issue, list, change, rotate and revoke; authenticate requests that present one. */
package dev.portico.apikey;
