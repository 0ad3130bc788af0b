package dev.portico.platform.timer;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** A singleton that schedules persistent timers and records which ones fired. */
@Singleton
public class TimerProbe {

  static final Map<String, CountDownLatch> FIRED = new ConcurrentHashMap<>();

  @Resource TimerService timers;

  public Timer schedule(String name, long delayMillis) {
    FIRED.put(name, new CountDownLatch(1));
    return timers.createSingleActionTimer(delayMillis, new TimerConfig(name, true));
  }

  @Timeout
  void fired(Timer timer) {
    CountDownLatch latch = FIRED.get((String) timer.getInfo());
    if (latch != null) {
      latch.countDown();
    }
  }
}
