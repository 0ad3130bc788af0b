package dev.portico.audit.domain;

import jakarta.json.JsonValue;
import java.util.Objects;

/** One field's value before and after a change, as the API shows it (JSON). */
public record FieldChange(String field, JsonValue before, JsonValue after) {

  public FieldChange {
    Objects.requireNonNull(field, "field is required");
    before = before == null ? JsonValue.NULL : before;
    after = after == null ? JsonValue.NULL : after;
  }

  public boolean isChange() {
    return !before.equals(after);
  }
}
