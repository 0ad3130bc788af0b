package dev.portico.sandbox;

/** How many test objects of each kind a sandbox operation created or erased. */
public record SandboxCounts(int customers, int jobs, int invoices, int payments, int events) {}
