package dev.portico.quota.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two alerts of a period, each recorded at most once per organization and period. */
public enum QuotaAlertKind {
  WARNING(80, "usage.quota_warning"),
  EXCEEDED(100, "usage.quota_exceeded");

  private final int percent;
  private final String eventType;

  QuotaAlertKind(int percent, String eventType) {
    this.percent = percent;
    this.eventType = eventType;
  }

  public int percent() {
    return percent;
  }

  public String eventType() {
    return eventType;
  }

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The count at which this alert is due: {@code percent} of the quota, rounded up. */
  public long threshold(long quota) {
    return Math.max(1, -Math.floorDiv(-quota * percent, 100));
  }

  public boolean isDue(long used, long quota) {
    return used >= threshold(quota);
  }

  public static Optional<QuotaAlertKind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.text().equals(text)).findFirst();
  }
}
