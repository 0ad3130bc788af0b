package dev.portico.platform.time;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

  @Test
  void whenInRangeThenRead() {
    assertThat(Rfc3339.instant("2026-11-24T09:00:00Z"), is(Instant.parse("2026-11-24T09:00:00Z")));
    assertThat(
        Rfc3339.instant("2026-11-24T10:00:00.5+01:00"),
        is(Instant.parse("2026-11-24T09:00:00.5Z")));
    assertThat(Rfc3339.instant("1900-01-01T00:00:00Z"), is(Rfc3339.EARLIEST));
    assertThat(Rfc3339.date("9999-12-31"), is(LocalDate.of(9999, 12, 31)));
  }

  @Test
  void whenOutOfRangeOrNotRfc3339ThenRefused() {
    for (String bad :
        new String[] {
          "+999999999-12-31T23:59:59Z",
          "-000001-01-01T00:00:00Z",
          "1899-12-31T23:59:59Z",
          "10000-01-01T00:00:00Z",
          "2026-11-24T09:00:00",
          "2026-11-24 09:00:00Z",
          "2026-13-01T00:00:00Z",
          "9999-12-31T23:00:00-14:00",
          "2026-11-24T09:20:45.123456789+01:00:00"
        }) {
      assertThrows(DateTimeException.class, () -> Rfc3339.instant(bad), bad);
    }
    for (String bad : new String[] {"+999999999-12-31", "1899-12-31", "2026-2-1", "2026-02-30"}) {
      assertThrows(DateTimeException.class, () -> Rfc3339.date(bad), bad);
    }
  }

  @Test
  void whenAtTheLongestThenRead() {
    String longest = "2026-11-24T09:20:45.123456789+01:00";
    assertThat(longest.length(), is(Rfc3339.DATE_TIME_MAX_LENGTH));
    assertThat(Rfc3339.instant(longest), is(Instant.parse("2026-11-24T08:20:45.123456789Z")));
  }
}
