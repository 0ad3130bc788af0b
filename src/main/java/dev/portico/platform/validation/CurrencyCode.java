package dev.portico.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 4217 currency code in any case, such as {@code usd} or {@code EUR}; null is valid. */
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrencyCodeValidator.class)
public @interface CurrencyCode {

  /**
   * Every ISO 4217 code has three letters, so nothing longer passes; stated as the field's {@code
   * maxLength} rather than checked again with {@code @Size}, which would name the field twice.
   */
  int LENGTH = 3;

  String message() default "must be an ISO 4217 currency code such as usd or eur";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
