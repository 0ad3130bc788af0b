package dev.portico.account.domain;

import java.util.Objects;

/**
 * An organization's plan was set, as a CDI event, so the features that hold a plan's consequences
 * (the quota's cached plan) hear of it without account knowing them. Fired also when the plan set
 * is the one it had: a server whose cache missed a change made on another server reads it afresh.
 */
public record PlanChanged(String organizationId, String before, String after) {

  public PlanChanged {
    Objects.requireNonNull(organizationId, "organization is required");
    Objects.requireNonNull(before, "previous plan is required");
    Objects.requireNonNull(after, "new plan is required");
  }
}
