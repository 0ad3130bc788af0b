package dev.portico.invoice.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code draft → open → paid | void}. */
public enum InvoiceStatus {
  DRAFT,
  OPEN,
  PAID,
  VOID;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<InvoiceStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
  }

  public static Set<String> texts() {
    return Arrays.stream(values()).map(InvoiceStatus::text).collect(Collectors.toSet());
  }
}
