package dev.portico.event;

import dev.portico.event.domain.Event;
import dev.portico.event.domain.EventRepository;
import dev.portico.event.domain.OutboxWritten;
import dev.portico.platform.json.PorticoJsonb;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records an event in the transaction of the change it describes, so that a change and its event
 * are committed together or not at all; there is no event without a transaction. The event is also
 * marked for {@link EventRelay}, which publishes it once the transaction has committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventOutbox {

  @Inject CallerContext callerContext;
  @Inject EventRepository events;
  @Inject jakarta.enterprise.event.Event<OutboxWritten> written;

  /** {@code object} is the API representation of the object after the change. */
  public Event record(String type, String objectId, Object object) {
    Event event =
        Event.of(
            TenantKey.of(callerContext.current()),
            type,
            objectId,
            PorticoJsonb.get().toJson(object),
            PorticoClock.UTC_MILLIS);
    events.add(event);
    written.fire(new OutboxWritten(event.id()));
    return event;
  }
}
