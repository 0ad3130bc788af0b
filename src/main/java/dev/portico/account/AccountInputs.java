package dev.portico.account;

import dev.portico.account.domain.User;
import dev.portico.platform.problem.FieldError;
import java.util.List;

/** Checks of what account forms share: e-mail addresses, names and passwords. */
final class AccountInputs {

  static final int MAX_EMAIL_LENGTH = 254;
  static final int MAX_NAME_LENGTH = 200;

  private AccountInputs() {}

  static void email(String field, String email, List<FieldError> errors) {
    if (email == null || email.isBlank()) {
      errors.add(new FieldError(field, "Enter your e-mail address."));
      return;
    }
    String trimmed = email.strip();
    int at = trimmed.indexOf('@');
    if (trimmed.length() > MAX_EMAIL_LENGTH
        || at < 1
        || at != trimmed.lastIndexOf('@')
        || at == trimmed.length() - 1
        || trimmed.chars().anyMatch(Character::isWhitespace)) {
      errors.add(new FieldError(field, "Enter an e-mail address like name@example.com."));
    }
  }

  static void name(String field, String label, String value, boolean required, List<FieldError> e) {
    if (value == null || value.isBlank()) {
      if (required) {
        e.add(new FieldError(field, "Enter " + label + "."));
      }
      return;
    }
    if (value.strip().length() > MAX_NAME_LENGTH) {
      e.add(new FieldError(field, "Use at most " + MAX_NAME_LENGTH + " characters."));
    }
  }

  static void password(String field, char[] password, String email, List<FieldError> errors) {
    String text = password == null ? null : new String(password);
    PasswordPolicy.problems(text, email).forEach(p -> errors.add(new FieldError(field, p)));
  }

  static String normalized(String email) {
    return User.normalizeEmail(email);
  }
}
