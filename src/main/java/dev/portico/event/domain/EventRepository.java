package dev.portico.event.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Events of the caller's organization and mode. */
public interface EventRepository {

  /** Adds the event, and marks it for the relay. */
  void add(Event event);

  Optional<Event> find(String id);

  /** One page of the events about {@code objectTypes}, filtered as {@code query} says. */
  List<Event> list(ListQuery<Event> query, Collection<String> objectTypes);
}
