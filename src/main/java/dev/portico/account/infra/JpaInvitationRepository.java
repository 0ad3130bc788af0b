package dev.portico.account.infra;

import dev.portico.account.domain.Invitation;
import dev.portico.account.domain.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link InvitationRepository} on JPA. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  @Override
  public void add(Invitation invitation) {
    em.persist(invitation);
    em.flush();
  }

  @Override
  public Optional<Invitation> findByTokenHash(String tokenHash) {
    return em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Invitation> find(String organizationId, String id) {
    return Optional.ofNullable(em.find(Invitation.class, id))
        .filter(i -> i.organizationId().equals(organizationId));
  }

  @Override
  public List<Invitation> recent(String organizationId, int limit) {
    return em.createQuery(
            "SELECT i FROM Invitation i WHERE i.organizationId = :organization"
                + " ORDER BY i.createdAt DESC, i.id DESC",
            Invitation.class)
        .setParameter("organization", organizationId)
        .setMaxResults(limit)
        .getResultList();
  }
}
