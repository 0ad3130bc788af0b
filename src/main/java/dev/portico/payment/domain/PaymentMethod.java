package dev.portico.payment.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a payment was made. {@code test_card_declined} exists in test mode only: it always declines,
 * so a partner can see a {@code payment.failed} without a real card.
 */
public enum PaymentMethod {
  CARD,
  BANK_TRANSFER,
  CASH,
  CHECK,
  OTHER,
  TEST_CARD_DECLINED;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean declines() {
    return this == TEST_CARD_DECLINED;
  }

  public static Optional<PaymentMethod> parse(String text) {
    return Arrays.stream(values()).filter(m -> m.text().equals(text)).findFirst();
  }

  public static Set<String> texts() {
    return Arrays.stream(values()).map(PaymentMethod::text).collect(Collectors.toSet());
  }
}
