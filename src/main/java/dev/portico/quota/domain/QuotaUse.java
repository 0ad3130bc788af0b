package dev.portico.quota.domain;

/** An organization's count in a period, against its plan. */
public record QuotaUse(Plan plan, QuotaPeriod period, long used) {

  public long limit() {
    return plan.monthlyRequests();
  }

  public long remaining() {
    return Math.max(0, limit() - used);
  }

  public boolean isUsedUp() {
    return used >= limit();
  }

  /** Whole percent used, rounded down, at most 100 only when the quota is really used up. */
  public int percentUsed() {
    return (int) Math.min(Integer.MAX_VALUE, used * 100 / limit());
  }
}
