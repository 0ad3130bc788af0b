package dev.portico.account.infra;

import dev.portico.account.domain.LoginThrottle;
import dev.portico.account.domain.LoginThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link LoginThrottleRepository} on JPA. The row lock keeps concurrent failures all counted; two
 * first failures racing to insert the row make one transaction fail, which the caller retries.
 */
@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  @Override
  public Optional<LoginThrottle> find(String normalizedEmail) {
    return Optional.ofNullable(em.find(LoginThrottle.class, normalizedEmail));
  }

  @Override
  public LoginThrottle lockOrCreate(String normalizedEmail, Instant now) {
    LoginThrottle existing =
        em.find(LoginThrottle.class, normalizedEmail, LockModeType.PESSIMISTIC_WRITE);
    if (existing != null) {
      return existing;
    }
    LoginThrottle created = LoginThrottle.forEmail(normalizedEmail, now);
    em.persist(created);
    em.flush();
    return created;
  }
}
