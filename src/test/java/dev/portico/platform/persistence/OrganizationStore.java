package dev.portico.platform.persistence;

import dev.portico.account.domain.Organization;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Saves and loads organizations in their own transactions, for the persistence test. */
@Stateless
public class OrganizationStore {

  @PersistenceContext(unitName = "portico")
  EntityManager entityManager;

  public void save(Organization organization) {
    entityManager.persist(organization);
  }

  public Organization find(String id) {
    return entityManager.find(Organization.class, id);
  }
}
