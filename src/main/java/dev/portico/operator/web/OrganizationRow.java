package dev.portico.operator.web;

import dev.portico.account.domain.Organization;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.quota.domain.Plan;
import java.io.Serializable;
import java.util.Locale;

/** One organization as the operator's page shows it, read when the page was. */
public class OrganizationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String name;
  private final String plan;
  private final String quota;
  private final String ceiling;
  private final String createdAt;

  OrganizationRow(Organization organization, Plan plan) {
    this.id = organization.id();
    this.name = organization.name();
    this.plan = organization.plan();
    this.quota =
        String.format(Locale.ROOT, "%,d", plan.monthlyRequests()).replace(',', ' ')
            + " requests a month, then "
            + (plan.blocks() ? "blocked" : "allowed");
    this.ceiling =
        organization.isOperator()
            ? "none (the operator)"
            : plan.highestTier().map(t -> "up to " + t.text()).orElse("none");
    this.createdAt = ConsoleTimes.format(organization.createdAt(), "");
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPlan() {
    return plan;
  }

  /** For example "100 000 requests a month, then blocked". */
  public String getQuota() {
    return quota;
  }

  public String getCeiling() {
    return ceiling;
  }

  public String getCreatedAt() {
    return createdAt;
  }
}
