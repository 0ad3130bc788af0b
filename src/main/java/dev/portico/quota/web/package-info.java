/** The quota panel of the console's API keys page. */
package dev.portico.quota.web;
