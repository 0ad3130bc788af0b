package dev.portico.account.infra;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.OrganizationStanding;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link AccountRepository} on JPA. Organizations are the tenants themselves, so not filtered. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  private static final String STANDING_SQL =
      "SELECT plan, is_operator FROM organizations WHERE id = ?";

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

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

  /**
   * One plain JDBC read on a connection of its own, outside JPA: the quota asks on every request's
   * path (when its cache lapses), where a request must not wait on a persistence context.
   */
  @Override
  public Optional<OrganizationStanding> findStanding(String organizationId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(STANDING_SQL)) {
      select.setString(1, organizationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new OrganizationStanding(row.getString(1), row.getBoolean(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the organization's plan failed", e);
    }
  }

  @Override
  public List<Organization> list(ListQuery<Organization> query) {
    ListJpql<Organization> jpql = ListJpql.select(Organization.class, "o", query);
    query.text("plan").ifPresent(plan -> jpql.where("o.plan = :plan", "plan", plan));
    return jpql.createdRange("createdAt").fetch(em);
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

  @Override
  public void flush() {
    em.flush();
  }
}
