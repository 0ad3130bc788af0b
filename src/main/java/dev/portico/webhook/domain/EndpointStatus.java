package dev.portico.webhook.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether an endpoint receives messages. */
public enum EndpointStatus {
  ENABLED,
  DISABLED;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EndpointStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
  }

  public static Set<String> texts() {
    return Arrays.stream(values()).map(EndpointStatus::text).collect(Collectors.toSet());
  }
}
