package dev.portico.operator.web;

import dev.portico.account.domain.Organization;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.quota.domain.Plan;
import java.util.Locale;

/** One organization as the operator's page shows it. */
public class OrganizationRow {

  private final Organization organization;
  private final Plan plan;

  OrganizationRow(Organization organization, Plan plan) {
    this.organization = organization;
    this.plan = plan;
  }

  public String getId() {
    return organization.id();
  }

  public String getName() {
    return organization.name();
  }

  public String getPlan() {
    return organization.plan();
  }

  /** For example "100 000 requests a month, then blocked". */
  public String getQuota() {
    return String.format(Locale.ROOT, "%,d", plan.monthlyRequests()).replace(',', ' ')
        + " requests a month, then "
        + (plan.blocks() ? "blocked" : "allowed");
  }

  public String getCeiling() {
    if (organization.isOperator()) {
      return "none (the operator)";
    }
    return plan.highestTier().map(t -> "up to " + t.text()).orElse("none");
  }

  public boolean isOperator() {
    return organization.isOperator();
  }

  public String getCreatedAt() {
    return ConsoleTimes.format(organization.createdAt(), "");
  }
}
