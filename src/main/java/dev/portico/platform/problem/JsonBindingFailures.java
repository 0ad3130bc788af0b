package dev.portico.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises why a request body could not be bound: bad syntax, an unknown field, a wrong type. */
final class JsonBindingFailures {

  /** JSON-B's (Yasson's) wording for a property the target type does not have. */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("Json property (\\S+) can not be mapped");

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
      return Optional.of(ClassifiedError.of(ErrorCode.INVALID_TYPE));
    }
    return Optional.empty();
  }

  private static boolean isEndOfInput(Throwable t) {
    return t instanceof java.util.NoSuchElementException
        || String.valueOf(t.getMessage()).contains("End of JSON structure");
  }

  private static ClassifiedError malformed() {
    return ClassifiedError.of(ErrorCode.MALFORMED_JSON);
  }
}
