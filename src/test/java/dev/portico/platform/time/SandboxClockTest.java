package dev.portico.platform.time;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxClockTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Clock REAL = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void whenAdvancedThenTestTimeRunsAheadByTheSumAndResetPutsItBack() {
    SandboxClock clock = new SandboxClock("org_1", NOW);
    assertThat(clock.advancedAt(), is(nullValue()));

    clock.advance(Duration.ofDays(3), NOW);
    clock.advance(Duration.ofHours(6), NOW.plusSeconds(1));

    assertThat(clock.clock(REAL).instant(), is(NOW.plus(Duration.ofDays(3)).plusSeconds(6 * 3600)));
    assertThat(clock.advancedAt(), is(NOW.plusSeconds(1)));
    clock.reset(NOW.plusSeconds(2));
    assertThat(clock.clock(REAL).instant(), is(NOW));
    assertThat(clock.advancedAt(), is(nullValue()));
  }

  @Test
  void whenAdvancedBackwardsByNothingOrBeyondTheLimitThenItRefusesAndStays() {
    SandboxClock clock = new SandboxClock("org_1", NOW);
    clock.advance(SandboxClock.MAX_OFFSET.minusDays(1), NOW);

    for (Duration bad :
        new Duration[] {
          Duration.ofDays(-1), Duration.ZERO, Duration.ofDays(2), Duration.ofSeconds(Long.MAX_VALUE)
        }) {
      assertThrows(IllegalArgumentException.class, () -> clock.advance(bad, NOW), bad.toString());
    }
    assertThat(clock.offset(), is(SandboxClock.MAX_OFFSET.minusDays(1)));
  }
}
