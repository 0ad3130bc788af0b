package dev.portico.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises why a request body could not be bound: bad syntax, an unknown field, a wrong type. */
final class JsonBindingFailures {

  /** JSON-B's (Yasson's) wording for a property the target type does not have. */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("Json property (\\S+) can not be mapped");

  /** Yasson's wording for a property whose value could not be bound. */
  private static final Pattern PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']+)' because of: ");

  private JsonBindingFailures() {}

  static Optional<ClassifiedError> classify(Throwable thrown) {
    JsonbException binding = null;
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException || isEndOfInput(t)) {
        return Optional.of(malformed());
      }
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
      if (unknown.find()) {
        String field = unknown.group(1);
        return Optional.of(
            ClassifiedError.of(
                ErrorCode.UNKNOWN_FIELD,
                ErrorCode.UNKNOWN_FIELD.defaultDetail() + " Field: " + field + ".",
                List.of(new FieldError(field, "is not a known field"))));
      }
      if (t instanceof JsonbException jsonb && binding == null) {
        binding = jsonb;
      }
      if (t instanceof JsonException && !(t instanceof JsonbException)) {
        return Optional.of(malformed());
      }
    }
    if (binding != null) {
      return Optional.of(wrongType(binding));
    }
    return Optional.empty();
  }

  /**
   * Names the field when JSON-B (Yasson) says which one it could not bind, nested fields joined
   * with dots, with the innermost reason (a Portico deserializer's, such as a date's range).
   */
  private static ClassifiedError wrongType(JsonbException binding) {
    StringJoiner field = new StringJoiner(".");
    String reason = binding.getMessage() == null ? "" : binding.getMessage();
    Matcher property = PROPERTY.matcher(reason);
    while (property.lookingAt()) {
      field.add(property.group(1));
      reason = reason.substring(property.end());
      property = PROPERTY.matcher(reason);
    }
    if (field.length() == 0 || reason.isBlank()) {
      return ClassifiedError.of(ErrorCode.INVALID_TYPE);
    }
    String name = field.toString();
    return ClassifiedError.of(
        ErrorCode.INVALID_TYPE,
        ErrorCode.INVALID_TYPE.defaultDetail() + " Field: " + name + ".",
        List.of(new FieldError(name, abbreviate(reason))));
  }

  private static String abbreviate(String reason) {
    return reason.length() <= 200 ? reason : reason.substring(0, 200) + "…";
  }

  private static boolean isEndOfInput(Throwable t) {
    return t instanceof java.util.NoSuchElementException
        || String.valueOf(t.getMessage()).contains("End of JSON structure");
  }

  private static ClassifiedError malformed() {
    return ClassifiedError.of(ErrorCode.MALFORMED_JSON);
  }
}
