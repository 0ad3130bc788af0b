package dev.portico.quota;

import dev.portico.account.AccountService;
import dev.portico.account.MemberService;
import dev.portico.account.domain.UserRole;
import dev.portico.quota.domain.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Moves the signed-in owner's organization to another plan of the catalogue, through account (which
 * audits it). The new quota applies to the month's count so far.
 */
@ApplicationScoped
public class PlanChanges {

  @Inject MemberService members;
  @Inject AccountService accounts;
  @Inject PlanCatalog plans;

  /** Thrown with a message for the owner when the change is not allowed. */
  public static final class PlanChangeRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlanChangeRefused(String message) {
      super(message);
    }
  }

  /** Whether the signed-in user may change the plan: owners only. */
  public boolean allowed() {
    return members.me().role() == UserRole.OWNER;
  }

  @Transactional
  public Plan change(String planName) {
    if (!allowed()) {
      throw new PlanChangeRefused("Only an owner changes the organization's plan.");
    }
    Plan plan =
        plans
            .find(planName)
            .orElseThrow(() -> new PlanChangeRefused("There is no plan '" + planName + "'."));
    accounts.changePlan(members.me().organizationId(), plan.name());
    return plan;
  }
}
