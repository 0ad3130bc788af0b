package dev.portico.quota;

import dev.portico.quota.domain.QuotaAlertKind;
import dev.portico.quota.domain.QuotaPeriod;
import dev.portico.quota.domain.QuotaUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records each alert a count has reached, once per organization and period across all servers;
 * remembers which are recorded so that a count above 80 % costs the database nothing more.
 */
@ApplicationScoped
public class QuotaAlerts {

  private static final Logger LOG = Logger.getLogger(QuotaAlerts.class.getName());

  @Inject QuotaAlertRecorder recorder;

  private final Set<Recorded> recorded = ConcurrentHashMap.newKeySet();

  private record Recorded(String organizationId, QuotaPeriod period, QuotaAlertKind kind) {}

  public void recordDue(String organizationId, QuotaUse use) {
    for (QuotaAlertKind kind : QuotaAlertKind.values()) {
      Recorded alert = new Recorded(organizationId, use.period(), kind);
      if (!kind.isDue(use.used(), use.limit()) || recorded.contains(alert)) {
        continue;
      }
      try {
        if (recorder.recordOnce(organizationId, use, kind)) {
          LOG.info(
              () ->
                  organizationId
                      + " reached "
                      + kind.percent()
                      + " % of its "
                      + use.limit()
                      + " requests for "
                      + use.period().text());
        }
        recorded.add(alert);
      } catch (RuntimeException e) {
        // Most likely another server recorded it first; if not, the next write tries again.
        LOG.log(Level.FINE, e, () -> "quota alert not recorded this time: " + alert);
      }
    }
  }

  public void forgetBefore(QuotaPeriod current) {
    recorded.removeIf(r -> r.period().month().isBefore(current.month()));
  }
}
