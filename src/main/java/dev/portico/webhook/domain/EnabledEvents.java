package dev.portico.webhook.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The event types an endpoint receives: a list, or {@code ["*"]} for every type. */
public record EnabledEvents(List<String> types) {

  public static final String ALL = "*";

  public EnabledEvents {
    Objects.requireNonNull(types, "types are required");
    types = types.stream().distinct().sorted().toList();
    if (types.isEmpty()) {
      throw new IllegalArgumentException("an endpoint receives at least one event type");
    }
  }

  public static EnabledEvents all() {
    return new EnabledEvents(List.of(ALL));
  }

  public boolean includes(String type) {
    return types.contains(ALL) || types.contains(type);
  }

  /** As stored: space-separated. */
  public String stored() {
    return String.join(" ", types);
  }

  public static EnabledEvents parseStored(String stored) {
    return new EnabledEvents(Arrays.asList(stored.split(" ")));
  }
}
