/** Jobs: the work done for a customer, from unscheduled to completed, through its state machine. */
package dev.portico.job;
