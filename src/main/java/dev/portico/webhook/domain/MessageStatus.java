package dev.portico.webhook.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a message stands: waiting for an attempt, delivered, or given up after its retries. */
public enum MessageStatus {
  PENDING,
  SUCCEEDED,
  FAILED;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MessageStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
  }

  public static Set<String> texts() {
    return Arrays.stream(values()).map(MessageStatus::text).collect(Collectors.toSet());
  }
}
