package dev.portico.quota;

import dev.portico.event.EventOutbox;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.time.PorticoClock;
import dev.portico.quota.api.QuotaAlertResponse;
import dev.portico.quota.domain.QuotaAlert;
import dev.portico.quota.domain.QuotaAlertKind;
import dev.portico.quota.domain.QuotaUse;
import dev.portico.quota.infra.QuotaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Records one alert and its live-mode event ({@code usage.quota_warning} or {@code
 * usage.quota_exceeded}) in one transaction of its own, unless the period already has it.
 */
@ApplicationScoped
public class QuotaAlertRecorder {

  @Inject QuotaStore store;
  @Inject EventOutbox outbox;
  @Inject CallerContext callerContext;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  /** Whether this call recorded it; a race with another server ends in the unique key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean recordOnce(String organizationId, QuotaUse use, QuotaAlertKind kind) {
    boolean recorded =
        store.alerts(organizationId, use.period()).stream().anyMatch(a -> a.kind() == kind);
    if (recorded) {
      return false;
    }
    QuotaAlert alert =
        new QuotaAlert(
            PrefixedIds.generate(QuotaAlert.ID_PREFIX, clock),
            organizationId,
            use.period(),
            kind,
            use.plan().name(),
            use.limit(),
            use.used(),
            clock.instant());
    store.addAlert(alert);
    Caller portico = new Caller(organizationId, true, Actor.SYSTEM, Scope.all());
    return callerContext.actAs(
        portico,
        () -> {
          outbox.record(kind.eventType(), alert.id(), QuotaAlertResponse.of(alert));
          return true;
        });
  }
}
