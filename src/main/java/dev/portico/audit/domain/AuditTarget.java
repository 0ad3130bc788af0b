package dev.portico.audit.domain;

import java.util.Objects;

/** What an audited action was done to: its object type ({@code api_key}) and id. */
public record AuditTarget(String type, String id) {

  public AuditTarget {
    Objects.requireNonNull(type, "target type is required");
    Objects.requireNonNull(id, "target id is required");
  }
}
