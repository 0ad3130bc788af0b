package dev.portico.account.domain;

import java.util.List;
import java.util.Optional;

/** Invitations to join an organization. */
public interface InvitationRepository {

  void add(Invitation invitation);

  Optional<Invitation> findByTokenHash(String tokenHash);

  Optional<Invitation> find(String organizationId, String id);

  /** The organization's invitations newest first, including ones no longer open. */
  List<Invitation> recent(String organizationId, int limit);
}
