package dev.portico.account.domain;

import java.util.List;
import java.util.Optional;

/** Organizations and their users. */
public interface AccountRepository {

  void add(Organization organization);

  void add(User user);

  long countOrganizations();

  Optional<Organization> findOrganization(String id);

  /** The organization's plan as stored now, past any cache: another server may have changed it. */
  Optional<String> findPlan(String organizationId);

  Optional<User> findUser(String id);

  Optional<User> findUserByEmail(String normalizedEmail);

  /** The organization's users, oldest first. */
  List<User> members(String organizationId);

  long countOwners(String organizationId);

  void remove(User user);
}
