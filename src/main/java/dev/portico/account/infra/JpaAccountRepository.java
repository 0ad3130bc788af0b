package dev.portico.account.infra;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link AccountRepository} on JPA. Organizations are the tenants themselves, so not filtered. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  @Override
  public void add(Organization organization) {
    em.persist(organization);
    // Flushed at once: rows of other persistence contexts in this transaction refer to it.
    em.flush();
  }

  @Override
  public void add(User user) {
    em.persist(user);
    em.flush();
  }

  @Override
  public long countOrganizations() {
    return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
  }
}
