package dev.portico.quota;

import dev.portico.account.MemberService;
import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.UserRole;
import dev.portico.audit.AuditLog;
import dev.portico.audit.domain.AuditTarget;
import dev.portico.audit.domain.FieldChange;
import dev.portico.platform.time.PorticoClock;
import dev.portico.quota.domain.Plan;
import dev.portico.quota.infra.OrganizationPlans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Moves the signed-in owner's organization to another plan of the catalogue, audited. The new quota
 * applies to the month's count so far.
 */
@ApplicationScoped
public class PlanChanges {

  @Inject MemberService members;
  @Inject AccountRepository accounts;
  @Inject PlanCatalog plans;
  @Inject OrganizationPlans organizationPlans;
  @Inject AuditLog audit;

  /** Thrown with a message for the owner when the change is not allowed. */
  public static final class PlanChangeRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlanChangeRefused(String message) {
      super(message);
    }
  }

  @Transactional
  public Plan change(String planName) {
    if (members.me().role() != UserRole.OWNER) {
      throw new PlanChangeRefused("Only an owner changes the organization's plan.");
    }
    Plan plan =
        plans
            .find(planName)
            .orElseThrow(() -> new PlanChangeRefused("There is no plan '" + planName + "'."));
    Organization organization =
        accounts.findOrganization(members.me().organizationId()).orElseThrow();
    String before = organization.plan();
    if (!before.equals(plan.name())) {
      organization.changePlan(plan.name(), PorticoClock.UTC_MILLIS);
      audit.record(
          "organization.plan_changed",
          new AuditTarget("organization", organization.id()),
          List.of(
              new FieldChange("plan", Json.createValue(before), Json.createValue(plan.name()))));
    }
    organizationPlans.forget(organization.id());
    return plan;
  }
}
