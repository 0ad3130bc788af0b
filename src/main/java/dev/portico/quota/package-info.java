/**
 * Monthly request quotas per organization plan: the plan catalogue, each organization's count of
 * the month, the 80 % and 100 % alerts, and blocking or letting traffic through once it is used.
 */
package dev.portico.quota;
