package dev.portico.platform.idempotency;

import dev.portico.platform.time.PorticoClock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Forgets idempotency keys whose retention has ended. A persistent timer, so it fires once per
 * period across every server sharing the database; expired keys are also ignored when claimed, so
 * the purge only bounds the table's size.
 */
@Singleton
public class IdempotencyPurgeScheduler {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurgeScheduler.class.getName());

  @Inject IdempotencyStore store;

  @Schedule(
      hour = "*",
      minute = "*",
      second = "*/20",
      persistent = true,
      info = "idempotency-purge")
  void purge() {
    int purged = store.purgeExpired(PorticoClock.UTC_MILLIS.instant());
    if (purged > 0) {
      LOG.fine(() -> "forgot " + purged + " expired idempotency keys");
    }
  }
}
