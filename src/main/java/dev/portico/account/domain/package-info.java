/** The organization entity and its rules. */
package dev.portico.account.domain;
