package dev.portico.account.infra;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

  @Override
  public Optional<Organization> findOrganization(String id) {
    return Optional.ofNullable(em.find(Organization.class, id));
  }

  @Override
  public Optional<String> findPlan(String organizationId) {
    return em.createQuery("SELECT o.plan FROM Organization o WHERE o.id = :id", String.class)
        .setParameter("id", organizationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<User> findUser(String id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  @Override
  public Optional<User> findUserByEmail(String normalizedEmail) {
    return em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
        .setParameter("email", normalizedEmail)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<User> members(String organizationId) {
    return em.createQuery(
            "SELECT u FROM User u WHERE u.organizationId = :organization"
                + " ORDER BY u.createdAt, u.id",
            User.class)
        .setParameter("organization", organizationId)
        .getResultList();
  }

  @Override
  public long countOwners(String organizationId) {
    return em.createQuery(
            "SELECT COUNT(u) FROM User u WHERE u.organizationId = :organization"
                + " AND u.role = :owner",
            Long.class)
        .setParameter("organization", organizationId)
        .setParameter("owner", UserRole.OWNER.text())
        .getSingleResult();
  }

  @Override
  public void remove(User user) {
    em.remove(em.contains(user) ? user : em.merge(user));
    em.flush();
  }
}
