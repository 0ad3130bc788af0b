package dev.portico.account;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.OrganizationStanding;
import dev.portico.account.domain.PlanChanged;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.audit.AuditLog;
import dev.portico.audit.domain.AuditTarget;
import dev.portico.audit.domain.FieldChange;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Caller;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Organizations: creates them with their first owner (the first-run bootstrap, which makes the
 * operator's, and portal sign-up) and moves them between plans.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  public static final String DEFAULT_PLAN = "basic";

  private static final String PLAN_CHANGED = "organization.plan_changed";

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject AuditLog audit;
  @Inject Event<PlanChanged> planChanged;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  /** The first-run bootstrap: the operator's organization, the business that runs Portico. */
  public NewOrganization createOperatorOrganization(
      String name, ZoneId timeZone, String ownerEmail, char[] ownerPassword) {
    return create(
        Organization.createOperator(name, DEFAULT_PLAN, timeZone, clock),
        ownerEmail,
        null,
        ownerPassword);
  }

  /** Sign-up: a new organization whose owner is the person signing up. */
  public NewOrganization signUp(
      String organizationName, String ownerName, String email, char[] password) {
    List<FieldError> errors = new ArrayList<>();
    AccountInputs.name("organization", "your organization's name", organizationName, true, errors);
    AccountInputs.name("name", "your name", ownerName, false, errors);
    AccountInputs.email("email", email, errors);
    AccountInputs.password("password", password, email, errors);
    if (errors.isEmpty() && accounts.findUserByEmail(AccountInputs.normalized(email)).isPresent()) {
      errors.add(
          new FieldError("email", "An account with this e-mail address exists. Sign in instead."));
    }
    if (!errors.isEmpty()) {
      throw new AccountInputException(errors);
    }
    return create(
        Organization.create(organizationName, DEFAULT_PLAN, ZoneId.of("UTC"), clock),
        email,
        ownerName,
        password);
  }

  public boolean hasOrganizations() {
    return accounts.countOrganizations() > 0;
  }

  public Optional<User> user(String id) {
    return accounts.findUser(id);
  }

  /**
   * The caller a signed-in user acts as: their organization, the mode the console shows, and the
   * scopes of their current role (in the operator's organization, with the operator's).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Caller callerOf(User user, boolean livemode) {
    return new Caller(
        user.organizationId(),
        livemode,
        new Actor(Actor.Type.USER, user.id()),
        user.role().scopes(isOperator(user.organizationId())));
  }

  public Optional<Organization> organization(String id) {
    return accounts.findOrganization(id);
  }

  /**
   * The organization's plan as stored now; empty text for an organization that does not exist. No
   * transaction of its own: the quota asks on the request path and caches the answer.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String planOf(String organizationId) {
    return accounts.findStanding(organizationId).map(OrganizationStanding::plan).orElse("");
  }

  /**
   * Whether the organization is the operator's, as stored now; no transaction of its own, for the
   * same reason as {@link #planOf}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isOperator(String organizationId) {
    return accounts.findStanding(organizationId).map(OrganizationStanding::operator).orElse(false);
  }

  /** A page of every organization, for the operator; the caller's rights are the caller's check. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Organization> organizations(ListQuery<Organization> query) {
    return accounts.list(query);
  }

  /**
   * Moves the organization to another plan if If-Match allows, audited in the caller's log and the
   * organization's live log, and tells the features that hold a plan's consequences through {@link
   * PlanChanged}; which plans exist, and who may change them, is theirs to check.
   */
  public Organization changePlan(String organizationId, IfMatch precondition, String newPlan) {
    Organization organization =
        accounts
            .findOrganization(organizationId)
            .orElseThrow(() -> new OrganizationNotFoundException(organizationId));
    precondition.check(organization.version());
    String before = organization.plan();
    if (!before.equals(newPlan)) {
      organization.changePlan(newPlan, clock);
      AuditTarget target = new AuditTarget("organization", organization.id());
      List<FieldChange> changes =
          List.of(new FieldChange("plan", Json.createValue(before), Json.createValue(newPlan)));
      audit.record(PLAN_CHANGED, target, changes);
      audit.recordFor(
          new TenantKey(organization.id(), true), Actor.OPERATOR, PLAN_CHANGED, target, changes);
      accounts.flush();
    }
    planChanged.fire(new PlanChanged(organization.id(), before, organization.plan()));
    return organization;
  }

  private NewOrganization create(
      Organization organization, String ownerEmail, String ownerName, char[] ownerPassword) {
    accounts.add(organization);
    User owner =
        User.create(
            organization.id(),
            ownerEmail,
            ownerName,
            UserRole.OWNER,
            passwords.hash(ownerPassword),
            clock);
    accounts.add(owner);
    return new NewOrganization(organization, owner);
  }

  /** An organization just created, with its owner. */
  public record NewOrganization(Organization organization, User owner) {}
}
