package dev.portico.account.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Marks work done once per database, whatever number of servers start together: the first
 * transaction to insert the name wins; another one blocks on the key until the first commits, then
 * fails, and so does not repeat the work. If the winner rolls back, the next one may claim it.
 */
@ApplicationScoped
public class DatabaseOnce {

  /**
   * EclipseLink refuses native SQL once multitenant entities exist, so none can slip past the
   * tenant filter; this table belongs to no tenant, so these two queries opt in by name.
   */
  private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean isDone(String name) {
    return !em.createNativeQuery("SELECT name FROM platform_once WHERE name = ?")
        .setHint(ALLOW_NATIVE_SQL, true)
        .setParameter(1, name)
        .getResultList()
        .isEmpty();
  }

  /**
   * Claims {@code name} in the current transaction.
   *
   * @throws jakarta.persistence.PersistenceException when another server claimed it first; the
   *     transaction is then rolled back
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void claim(String name) {
    em.createNativeQuery("INSERT INTO platform_once (name, completed_at) VALUES (?, ?)")
        .setHint(ALLOW_NATIVE_SQL, true)
        .setParameter(1, name)
        .setParameter(2, Timestamp.from(Instant.now()))
        .executeUpdate();
  }
}
