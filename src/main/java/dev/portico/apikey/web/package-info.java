/** The console's API keys page. */
package dev.portico.apikey.web;
