package dev.portico.account.domain;

import java.util.Objects;

/** What the request path needs of an organization: its plan, and whether it is the operator's. */
public record OrganizationStanding(String plan, boolean operator) {

  public OrganizationStanding {
    Objects.requireNonNull(plan, "plan is required");
  }
}
