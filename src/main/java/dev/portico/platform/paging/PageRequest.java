package dev.portico.platform.paging;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.List;

/** A list request's {@code limit} (1–100, default 20) and opaque {@code cursor}. */
public record PageRequest(int limit, String cursor) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /** Validates the query parameters as sent; a bad limit is a 400 naming {@code limit}. */
  public static PageRequest of(String limit, String cursor) {
    return new PageRequest(parseLimit(limit), cursor == null || cursor.isBlank() ? null : cursor);
  }

  private static int parseLimit(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    // Digits only: " 5", "+5" and "05.0" are not what the client meant to send, so they say so.
    if (text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    }
    throw new ProblemException(
        ErrorCode.VALIDATION_FAILED,
        ErrorCode.VALIDATION_FAILED.defaultDetail(),
        List.of(new FieldError("limit", "must be an integer from 1 to " + MAX_LIMIT)));
  }
}
