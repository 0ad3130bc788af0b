package dev.portico.platform.problem;

/** One invalid input field: its JSON name (dotted for nested fields) and what is wrong with it. */
public record FieldError(String field, String message) {}
