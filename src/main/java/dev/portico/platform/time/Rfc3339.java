package dev.portico.platform.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the timestamps and dates clients send, RFC 3339 only and within the range Portico accepts:
 * years 1900 to 9999. A year like {@code +999999999} parses in Java but could never be written back
 * as RFC 3339, so it is refused on the way in.
 */
public final class Rfc3339 {

  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  public static final String RANGE = "from 1900-01-01 to 9999-12-31";

  /** The longest date-time read: nanoseconds and a {@code ±hh:mm} offset. */
  public static final int DATE_TIME_MAX_LENGTH = "9999-12-31T23:59:59.999999999+00:00".length();

  /** The length of every full-date. */
  public static final int DATE_LENGTH = "9999-12-31".length();

  private Rfc3339() {}

  /** A date-time with its offset ({@code Z} or {@code ±hh:mm}), as an instant in range. */
  public static Instant instant(String text) {
    String refusal = "must be an RFC 3339 date-time " + RANGE;
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new DateTimeException(refusal, e);
    }
    if (!hasFourDigitYear(text)
        || text.length() > DATE_TIME_MAX_LENGTH
        || instant.isBefore(EARLIEST)
        || instant.isAfter(LATEST)) {
      throw new DateTimeException(refusal);
    }
    return instant;
  }

  /** A full date ({@code 2026-12-31}) in range. */
  public static LocalDate date(String text) {
    String refusal = "must be an RFC 3339 full-date (YYYY-MM-DD) " + RANGE;
    LocalDate date;
    try {
      date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new DateTimeException(refusal, e);
    }
    if (!hasFourDigitYear(text)
        || text.length() != DATE_LENGTH
        || date.isBefore(EARLIEST.atOffset(ZoneOffset.UTC).toLocalDate())) {
      throw new DateTimeException(refusal);
    }
    return date;
  }

  private static boolean hasFourDigitYear(String text) {
    return text.length() > 4
        && text.charAt(4) == '-'
        && text.chars().limit(4).allMatch(c -> c >= '0' && c <= '9');
  }
}
