package dev.portico.platform.idempotency;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.List;

/** The {@code Idempotency-Key} header as sent: 1 to 255 visible ASCII characters. */
public record IdempotencyKey(String value) {

  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_LENGTH = 255;

  public static IdempotencyKey parse(String header) {
    if (header.isEmpty()
        || header.length() > MAX_LENGTH
        || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(
              new FieldError(
                  HEADER,
                  "must be 1 to " + MAX_LENGTH + " visible ASCII characters, such as a UUID")));
    }
    return new IdempotencyKey(header);
  }
}
