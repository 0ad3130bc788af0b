package dev.portico.account;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates organizations with their first owner: the first-run bootstrap and portal sign-up. */
@ApplicationScoped
@Transactional
public class AccountService {

  public static final String DEFAULT_PLAN = "basic";

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public NewOrganization createOrganization(
      String name, ZoneId timeZone, String ownerEmail, char[] ownerPassword) {
    return create(name, timeZone, ownerEmail, null, ownerPassword);
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
    return create(organizationName, ZoneId.of("UTC"), email, ownerName, password);
  }

  public boolean hasOrganizations() {
    return accounts.countOrganizations() > 0;
  }

  public Optional<User> user(String id) {
    return accounts.findUser(id);
  }

  public Optional<Organization> organization(String id) {
    return accounts.findOrganization(id);
  }

  private NewOrganization create(
      String name, ZoneId timeZone, String ownerEmail, String ownerName, char[] ownerPassword) {
    Organization organization = Organization.create(name, DEFAULT_PLAN, timeZone, clock);
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
