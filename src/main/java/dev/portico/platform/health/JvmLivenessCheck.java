package dev.portico.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless threads are deadlocked or the heap is nearly full right after a collection (heap in
 * use before a collection says nothing: it is mostly garbage waiting to be collected).
 */
@Liveness
@ApplicationScoped
public class JvmLivenessCheck implements HealthCheck {

  static final double MAX_RETAINED_HEAP_RATIO = 0.95;

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    long retained = 0;
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
        retained += afterGc.getUsed();
        max += afterGc.getMax();
      }
    }
    double ratio = max > 0 ? (double) retained / max : 0.0;
    return HealthCheckResponse.named("jvm")
        .status(deadlocked == null && ratio < MAX_RETAINED_HEAP_RATIO)
        .withData("heap_retained_after_gc_bytes", retained)
        .withData("heap_max_bytes", max)
        .withData("deadlocked_threads", deadlocked == null ? 0 : deadlocked.length)
        .build();
  }
}
