package dev.portico.webhook.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterHeaderTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @ParameterizedTest
  @CsvSource({"120, 120", "0, 0", "' 30 ', 30", "86400, 86400", "-5, 0", "007, 7"})
  void whenValueIsSecondsThenTheDelayIsThem(String value, long seconds) {
    assertThat(RetryAfterHeader.parse(value, NOW), is(Duration.ofSeconds(seconds)));
  }

  @Test
  void whenValueIsAnImfDateThenTheDelayRunsUntilIt() {
    assertThat(
        RetryAfterHeader.parse("Sun, 01 Mar 2026 12:01:30 GMT", NOW), is(Duration.ofSeconds(90)));
  }

  @Test
  void whenValueIsAnObsoleteDateFormThenItIsStillRead() {
    assertThat(
        RetryAfterHeader.parse("Sunday, 01-Mar-26 12:00:10 GMT", NOW), is(Duration.ofSeconds(10)));
    assertThat(RetryAfterHeader.parse("Sun Mar  1 12:00:20 2026", NOW), is(Duration.ofSeconds(20)));
  }

  @Test
  void whenDateHasPassedThenTheDelayIsZero() {
    assertThat(RetryAfterHeader.parse("Sun, 01 Mar 2026 11:00:00 GMT", NOW), is(Duration.ZERO));
  }

  @Test
  void whenHeaderIsAbsentThenNoDelay() {
    assertThat(RetryAfterHeader.parse(null, NOW), is(nullValue()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "soon",
        "1.5",
        "1e3",
        "+5",
        "0x10",
        "1234567890123456789",
        "Sun, 32 Mar 2026 12:00:00 GMT",
        "2026-03-01T12:01:00Z",
      })
  void whenValueIsUnreadableThenNoDelay(String value) {
    assertThat(RetryAfterHeader.parse(value, NOW), is(nullValue()));
  }
}
