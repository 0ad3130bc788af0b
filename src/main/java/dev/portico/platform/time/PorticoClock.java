package dev.portico.platform.time;

import java.time.Clock;
import java.time.Duration;

/** The clock of stored and shown times: UTC in whole milliseconds, as every database keeps them. */
public final class PorticoClock {

  public static final Clock UTC_MILLIS = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

  private PorticoClock() {}
}
