/** Organizations (tenants) and the portal users who belong to them. */
package dev.portico.account;
