package dev.portico.platform.listing;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sparse fieldset ({@code fields=id,name}): which top-level fields of each object to answer with.
 * Absent means every field; a name the response does not have is a 400 naming it.
 */
public record FieldSelection(Set<String> names) {

  public static final FieldSelection ALL = new FieldSelection(null);

  public static FieldSelection parse(String parameter, ResponseFields fields) {
    if (parameter == null) {
      return ALL;
    }
    Set<String> names = new LinkedHashSet<>();
    List<FieldError> unknown = new ArrayList<>();
    for (String sent : parameter.split(",", -1)) {
      String name = sent.strip();
      if (fields.names().contains(name)) {
        names.add(name);
      } else {
        unknown.add(new FieldError("fields", unknownMessage(name, fields)));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), unknown);
    }
    return new FieldSelection(Set.copyOf(names));
  }

  /** The response as it is, or trimmed to the selected fields. */
  public Object apply(Object response) {
    return names == null ? response : ResponseFields.trim(response, names);
  }

  private static String unknownMessage(String name, ResponseFields fields) {
    String shown = name.isEmpty() ? "an empty name" : "'" + name + "'";
    return shown
        + " is not a field of this object; fields: "
        + String.join(", ", fields.names().stream().sorted().toList());
  }
}
