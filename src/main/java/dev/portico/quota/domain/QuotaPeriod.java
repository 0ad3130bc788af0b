package dev.portico.quota.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A quota's period: one calendar month in UTC, named like {@code 2026-11}. */
public record QuotaPeriod(YearMonth month) {

  public static QuotaPeriod of(Instant instant) {
    return new QuotaPeriod(YearMonth.from(instant.atZone(ZoneOffset.UTC)));
  }

  public static QuotaPeriod parse(String text) {
    return new QuotaPeriod(YearMonth.parse(text));
  }

  public Instant start() {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant of the next period, when the count starts again from zero. */
  public Instant end() {
    return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public String text() {
    return month.toString();
  }
}
