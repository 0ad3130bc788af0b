/** Plans, quota periods and alerts, without any framework. */
package dev.portico.quota.domain;
