package dev.portico.event.api;

import dev.portico.event.domain.Event;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How events are listed: {@code type}, {@code object} and the creation-time filters, newest first,
 * with {@code fields}.
 */
public final class EventListing {

  public static final ListSpec<Event> SPEC = spec();

  private EventListing() {}

  private static ListSpec<Event> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("type");
    filters.add("object");
    return ListSpec.of(
        "events",
        EventResponse.class,
        Event::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", Event::createdAt));
  }
}
