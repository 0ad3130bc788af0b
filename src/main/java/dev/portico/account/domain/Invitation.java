package dev.portico.account.domain;

import dev.portico.platform.id.PrefixedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An offer to join an organization with a role, redeemed once through a link. Only the SHA-256 hash
 * of the link's token is kept, as for API keys.
 */
@Entity
@Table(name = "invitations")
public class Invitation {

  public static final String ID_PREFIX = "inv";

  @Id private String id;

  @Column(name = "organization_id", nullable = false)
  private String organizationId;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String role;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  /** Null once the inviter has left the organization. */
  @Column(name = "invited_by")
  private String invitedBy;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Invitation() {}

  public static Invitation issue(
      String organizationId,
      String email,
      UserRole role,
      String tokenHash,
      String invitedBy,
      Duration validFor,
      Clock clock) {
    Invitation invitation = new Invitation();
    invitation.id = PrefixedIds.generate(ID_PREFIX, clock);
    invitation.organizationId = Objects.requireNonNull(organizationId, "organization is required");
    invitation.email = User.normalizeEmail(email);
    invitation.role = Objects.requireNonNull(role, "role is required").text();
    invitation.tokenHash = Objects.requireNonNull(tokenHash, "token hash is required");
    invitation.invitedBy = Objects.requireNonNull(invitedBy, "inviter is required");
    invitation.createdAt = clock.instant();
    invitation.updatedAt = invitation.createdAt;
    invitation.expiresAt = invitation.createdAt.plus(validFor);
    return invitation;
  }

  public boolean isOpen(Instant now) {
    return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  public void accept(Clock clock) {
    if (!isOpen(clock.instant())) {
      throw new IllegalStateException("invitation " + id + " is no longer open");
    }
    acceptedAt = clock.instant();
    updatedAt = acceptedAt;
  }

  public void revoke(Clock clock) {
    if (acceptedAt == null && revokedAt == null) {
      revokedAt = clock.instant();
      updatedAt = revokedAt;
    }
  }

  public String id() {
    return id;
  }

  public String organizationId() {
    return organizationId;
  }

  public String email() {
    return email;
  }

  public UserRole role() {
    return UserRole.parse(role).orElseThrow();
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
