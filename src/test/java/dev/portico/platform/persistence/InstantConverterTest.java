package dev.portico.platform.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void whenInstantRoundTripsThenNanosecondsAreKept() {
    Instant instant = Instant.parse("2026-11-23T09:20:45.123456789Z");

    assertThat(
        converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)),
        is(instant));
  }

  @Test
  void whenNullThenNull() {
    assertThat(converter.convertToDatabaseColumn(null), is(nullValue()));
    assertThat(converter.convertToEntityAttribute(null), is(nullValue()));
  }
}
