package dev.portico.quota.domain;

import java.time.Instant;

/** A recorded alert: the organization's count reached a kind's share of its plan's quota. */
public record QuotaAlert(
    String id,
    String organizationId,
    QuotaPeriod period,
    QuotaAlertKind kind,
    String plan,
    long quota,
    long used,
    Instant createdAt) {

  public static final String ID_PREFIX = "qal";
}
