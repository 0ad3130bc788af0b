package dev.portico.account.domain;

/** Organizations and their users. */
public interface AccountRepository {

  void add(Organization organization);

  void add(User user);

  long countOrganizations();
}
