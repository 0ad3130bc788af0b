package dev.portico.account.domain;

import dev.portico.platform.id.PrefixedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A tenant: it owns all business data, in a live and a test mode. One is the operator's, the
 * business that runs Portico.
 */
@Entity
@Table(name = "organizations")
public class Organization {

  public static final String ID_PREFIX = "org";

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String plan;

  @Column(name = "is_operator", nullable = false)
  private boolean operator;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** The operator's organization: the business that runs Portico, which sets others' plans. */
  public static Organization createOperator(
      String name, String plan, ZoneId timeZone, Clock clock) {
    Organization organization = create(name, plan, timeZone, clock);
    organization.operator = true;
    return organization;
  }

  protected Organization() {}

  public static Organization create(String name, String plan, ZoneId timeZone, Clock clock) {
    Organization organization = new Organization();
    organization.id = PrefixedIds.generate(ID_PREFIX, clock);
    organization.name = requireText(name, "name");
    organization.plan = requireText(plan, "plan");
    organization.timeZone = Objects.requireNonNull(timeZone, "time zone is required").getId();
    organization.createdAt = clock.instant();
    organization.updatedAt = organization.createdAt;
    return organization;
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value.strip();
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String plan() {
    return plan;
  }

  public void changePlan(String newPlan, Clock clock) {
    plan = requireText(newPlan, "plan");
    updatedAt = clock.instant();
  }

  public boolean isOperator() {
    return operator;
  }

  public long version() {
    return version;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
