/** Where quota counts and alerts are kept, and the timer that writes counts down. */
package dev.portico.quota.infra;
