package dev.portico.quota;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.quota.domain.QuotaAlertKind;
import dev.portico.quota.domain.QuotaPeriod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaAlertKindTest {

  @Test
  void thresholdsAreTheShareOfTheQuotaRoundedUp() {
    assertThat(QuotaAlertKind.WARNING.threshold(10), is(8L));
    assertThat(QuotaAlertKind.WARNING.threshold(100_000), is(80_000L));
    assertThat(QuotaAlertKind.WARNING.threshold(3), is(3L));
    assertThat(QuotaAlertKind.EXCEEDED.threshold(10), is(10L));
    assertThat(QuotaAlertKind.WARNING.isDue(7, 10), is(false));
    assertThat(QuotaAlertKind.WARNING.isDue(8, 10), is(true));
    assertThat(QuotaAlertKind.EXCEEDED.isDue(9, 10), is(false));
    assertThat(QuotaAlertKind.EXCEEDED.isDue(11, 10), is(true));
  }

  @Test
  void aPeriodIsTheCalendarMonthInUtc() {
    QuotaPeriod period = QuotaPeriod.of(Instant.parse("2026-12-31T23:59:59.999Z"));
    assertThat(period.text(), is("2026-12"));
    assertThat(period.start(), is(Instant.parse("2026-12-01T00:00:00Z")));
    assertThat(period.end(), is(Instant.parse("2027-01-01T00:00:00Z")));
    assertThat(QuotaPeriod.of(Instant.parse("2027-01-01T00:00:00Z")).text(), is("2027-01"));
  }
}
