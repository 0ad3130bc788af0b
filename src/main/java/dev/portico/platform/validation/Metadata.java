package dev.portico.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code metadata} map within bounds: at most 50 keys, keys of 1 to 40 characters, values of at
 * most 500 characters.
 */
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MetadataValidator.class)
public @interface Metadata {

  int MAX_KEYS = 50;
  int MAX_KEY_LENGTH = 40;
  int MAX_VALUE_LENGTH = 500;

  String message() default
      "must have at most 50 keys of 1 to 40 characters, with values of at most 500 characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
