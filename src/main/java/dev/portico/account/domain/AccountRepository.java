package dev.portico.account.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.List;
import java.util.Optional;

/** Organizations and their users. */
public interface AccountRepository {

  void add(Organization organization);

  void add(User user);

  long countOrganizations();

  Optional<Organization> findOrganization(String id);

  /**
   * The organization's plan and operator flag as stored now, past any cache: another server may
   * have changed them.
   */
  Optional<OrganizationStanding> findStanding(String organizationId);

  /** A page of every organization, as the operator lists them. */
  List<Organization> list(ListQuery<Organization> query);

  Optional<User> findUser(String id);

  Optional<User> findUserByEmail(String normalizedEmail);

  /** The organization's users, oldest first. */
  List<User> members(String organizationId);

  long countOwners(String organizationId);

  void remove(User user);

  /** Writes pending changes now, so an organization's version is current before it is answered. */
  void flush();
}
