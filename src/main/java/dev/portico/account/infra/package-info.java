/** Organizations and users in the database, and work done once per database. */
package dev.portico.account.infra;
