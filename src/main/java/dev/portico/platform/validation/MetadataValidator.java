package dev.portico.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link Metadata}; null is valid (absent). */
public class MetadataValidator implements ConstraintValidator<Metadata, Map<String, String>> {

  @Override
  public boolean isValid(Map<String, String> metadata, ConstraintValidatorContext context) {
    if (metadata == null) {
      return true;
    }
    return metadata.size() <= Metadata.MAX_KEYS
        && metadata.entrySet().stream()
            .allMatch(
                entry ->
                    entry.getKey() != null
                        && !entry.getKey().isBlank()
                        && entry.getKey().length() <= Metadata.MAX_KEY_LENGTH
                        && entry.getValue() != null
                        && entry.getValue().length() <= Metadata.MAX_VALUE_LENGTH);
  }
}
