package dev.portico.account;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;

/** Creates organizations with their first owner: the first-run bootstrap, later portal sign-up. */
@ApplicationScoped
@Transactional
public class AccountService {

  public static final String DEFAULT_PLAN = "basic";

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public NewOrganization createOrganization(
      String name, ZoneId timeZone, String ownerEmail, char[] ownerPassword) {
    Organization organization = Organization.create(name, DEFAULT_PLAN, timeZone, clock);
    accounts.add(organization);
    User owner =
        User.create(
            organization.id(), ownerEmail, UserRole.OWNER, passwords.hash(ownerPassword), clock);
    accounts.add(owner);
    return new NewOrganization(organization, owner);
  }

  public boolean hasOrganizations() {
    return accounts.countOrganizations() > 0;
  }

  /** An organization just created, with its owner. */
  public record NewOrganization(Organization organization, User owner) {}
}
