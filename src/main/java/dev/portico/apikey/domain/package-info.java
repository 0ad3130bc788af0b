/** API keys: the key, its secrets, scopes and the rules on who may use it. */
package dev.portico.apikey.domain;
