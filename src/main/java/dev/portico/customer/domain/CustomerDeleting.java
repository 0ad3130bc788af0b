package dev.portico.customer.domain;

/**
 * Fired, in the deleting transaction, just before a customer is deleted. An observer that must keep
 * the customer (a feature with objects that still need it) refuses by throwing a problem.
 */
public record CustomerDeleting(String customerId) {}
