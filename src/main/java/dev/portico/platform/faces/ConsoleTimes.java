package dev.portico.platform.faces;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the console writes them: UTC, to the minute, unambiguous for every reader. */
public final class ConsoleTimes {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ConsoleTimes() {}

  public static String format(Instant instant, String whenAbsent) {
    return instant == null ? whenAbsent : MINUTES.format(instant);
  }
}
