package dev.portico.account;

import dev.portico.platform.problem.FieldError;
import java.util.List;

/** Input a person typed into an account form that cannot be accepted, field by field. */
public class AccountInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public AccountInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static AccountInputException of(String field, String message) {
    return new AccountInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
