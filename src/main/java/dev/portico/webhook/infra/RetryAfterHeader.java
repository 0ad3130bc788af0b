package dev.portico.webhook.infra;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.utils.DateUtils;

/** Reads a receiver's {@code Retry-After} header: a number of seconds or an HTTP-date. */
final class RetryAfterHeader {

  // Up to 18 digits always fits a long; a longer number is no sensible delay.
  private static final Pattern SECONDS = Pattern.compile("-?[0-9]{1,18}");

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private RetryAfterHeader() {}

  /**
   * How long the receiver asked to wait from {@code now}, zero for a time already past, or null
   * when the header is absent or unreadable.
   */
  static Duration parse(String value, Instant now) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (SECONDS.matcher(text).matches()) {
      return atLeastZero(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      // IMF-fixdate and the obsolete RFC 850 form; then asctime, which the library reads without
      // its zone (GMT) and so never, and which pads a one-digit day with a second space.
      Instant at = DateUtils.parseStandardDate(text);
      if (at == null) {
        at = ASCTIME.parse(WHITESPACE.matcher(text).replaceAll(" "), Instant::from);
      }
      return atLeastZero(Duration.between(now, at));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Duration atLeastZero(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
