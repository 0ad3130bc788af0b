package dev.portico.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link CurrencyCode} against the Java runtime's ISO 4217 table. */
public class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {

  private static final Set<String> CODES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public boolean isValid(String code, ConstraintValidatorContext context) {
    return code == null || CODES.contains(code.toUpperCase(Locale.ROOT));
  }
}
