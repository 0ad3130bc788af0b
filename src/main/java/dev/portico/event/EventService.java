package dev.portico.event;

import dev.portico.event.domain.Event;
import dev.portico.event.domain.EventRepository;
import dev.portico.event.domain.EventType;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ObjectNotFoundException;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.tenancy.TestModeErasing;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * Reads events: a caller sees the events about the objects it may read (customers:read for {@code
 * customer.*}, and so on), never more.
 */
@ApplicationScoped
@Transactional
public class EventService {

  @Inject CallerContext callerContext;
  @Inject EventRepository events;

  public List<Event> list(ListQuery<Event> query) {
    Caller caller = callerContext.current();
    List<String> readable =
        EventType.readScopes().entrySet().stream()
            .filter(entry -> caller.has(entry.getValue()))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (readable.isEmpty()) {
      throw new ProblemException(
              ErrorCode.INSUFFICIENT_SCOPE,
              "Listing events needs the read scope of at least one kind of object they are about.")
          .withHeader(
              HttpHeaders.WWW_AUTHENTICATE,
              "Bearer realm=\"portico\", error=\"insufficient_scope\"");
    }
    return events.list(query, readable);
  }

  public Event get(String id) {
    Event event = events.find(id).orElseThrow(() -> new ObjectNotFoundException("event", id));
    Scope needed = EventType.readScope(event.objectType()).orElseThrow();
    if (!callerContext.current().has(needed)) {
      throw AuthenticationChallenges.insufficientScope(needed);
    }
    return event;
  }

  void eraseTestData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 50) TestModeErasing erasing) {
    erasing.erase("events", "events");
  }
}
