package dev.portico.platform.deprecation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The header values announcing one deprecated operation, computed once per operation. */
record DeprecationHeaders(
    String deprecation, String sunset, String deprecationLink, String successorLink) {

  static final String CHANGELOG = "/api/v1/changelog";

  /** RFC 9110 IMF-fixdate: always two-digit days, always GMT. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  static DeprecationHeaders of(DeprecatedOperation operation) {
    LocalDate since = LocalDate.parse(operation.since());
    LocalDate sunset = LocalDate.parse(operation.sunset());
    return new DeprecationHeaders(
        "@" + since.atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
        HTTP_DATE.format(sunset.atStartOfDay(ZoneOffset.UTC)),
        "<" + CHANGELOG + ">; rel=\"deprecation\"; type=\"application/json\"",
        "<" + operation.successor() + ">; rel=\"successor-version\"");
  }
}
