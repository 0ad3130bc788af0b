package dev.portico.quota.domain;

import java.util.Objects;

/** An organization plan: how many API requests a calendar month (UTC) includes, and after. */
public record Plan(String name, long monthlyRequests, Overage overage) {

  public Plan {
    Objects.requireNonNull(name, "plan name is required");
    Objects.requireNonNull(overage, "overage is required");
    if (monthlyRequests < 1) {
      throw new IllegalArgumentException(
          "plan " + name + ": monthly requests must be at least 1, not " + monthlyRequests);
    }
  }

  public boolean blocks() {
    return overage == Overage.BLOCK;
  }
}
