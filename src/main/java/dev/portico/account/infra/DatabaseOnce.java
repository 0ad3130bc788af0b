package dev.portico.account.infra;

import dev.portico.platform.tenancy.Tenancy;
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

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean isDone(String name) {
    return !em.createNativeQuery("SELECT name FROM platform_once WHERE name = ?")
        .setHint(Tenancy.ALLOW_NATIVE_SQL, true)
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
        .setHint(Tenancy.ALLOW_NATIVE_SQL, true)
        .setParameter(1, name)
        .setParameter(2, Timestamp.from(Instant.now()))
        .executeUpdate();
  }
}
