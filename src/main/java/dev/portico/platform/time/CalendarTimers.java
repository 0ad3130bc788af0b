package dev.portico.platform.time;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/**
 * Makes sure one persistent calendar timer named {@code info} runs on a configured schedule: a
 * timer already stored with that schedule is kept (persistent timers outlive restarts), any other
 * with that name is cancelled, and one is created when none is left.
 */
public final class CalendarTimers {

  private CalendarTimers() {}

  public static void ensure(TimerService timers, String info, CalendarSchedule wanted) {
    boolean kept = false;
    for (Timer timer : timers.getTimers()) {
      if (info.equals(timer.getInfo())) {
        if (!kept && wanted.sameAs(timer.getSchedule())) {
          kept = true;
        } else {
          timer.cancel();
        }
      }
    }
    if (!kept) {
      timers.createCalendarTimer(wanted.expression(), new TimerConfig(info, true));
    }
  }
}
