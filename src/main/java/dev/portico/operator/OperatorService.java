package dev.portico.operator;

import dev.portico.account.AccountService;
import dev.portico.account.OrganizationNotFoundException;
import dev.portico.account.domain.Organization;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.quota.PlanCatalog;
import dev.portico.quota.domain.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What only the operator does: reads every organization and moves one to another plan of the
 * catalogue (through account, which audits it). A caller must hold the {@code organizations} scope
 * and belong to the operator's organization; anyone else is refused as lacking the scope.
 */
@ApplicationScoped
@Transactional
public class OperatorService {

  @Inject CallerContext callerContext;
  @Inject AccountService accounts;
  @Inject PlanCatalog plans;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Organization> organizations(ListQuery<Organization> query) {
    requireOperator(Scope.ORGANIZATIONS_READ);
    return accounts.organizations(query);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Organization organization(String id) {
    requireOperator(Scope.ORGANIZATIONS_READ);
    return accounts.organization(id).orElseThrow(() -> new OrganizationNotFoundException(id));
  }

  /** The organization moved to {@code planName}, if If-Match allows and the plan exists. */
  public Organization changePlan(String id, IfMatch precondition, String planName) {
    requireOperator(Scope.ORGANIZATIONS_WRITE);
    Plan plan =
        plans
            .find(planName)
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "plan", "No plan '" + planName + "'. The plans are " + planNames() + "."));
    return accounts.changePlan(id, precondition, plan.name());
  }

  /** The plan the organization is on, as the catalogue has it now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan planOf(Organization organization) {
    return plans.of(organization.plan());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Plan> plans() {
    return plans.all();
  }

  /** Whether the caller may read the organizations: the console shows the page only then. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean callerIsOperator() {
    Caller caller = callerContext.current();
    return caller.has(Scope.ORGANIZATIONS_READ) && accounts.isOperator(caller.organizationId());
  }

  private void requireOperator(Scope needed) {
    Caller caller = callerContext.current();
    // A key keeps its scopes if its organization stops being the operator's; the flag decides.
    if (!caller.has(needed) || !accounts.isOperator(caller.organizationId())) {
      throw AuthenticationChallenges.insufficientScope(needed);
    }
  }

  private String planNames() {
    return plans.all().stream().map(Plan::name).collect(Collectors.joining(", "));
  }
}
