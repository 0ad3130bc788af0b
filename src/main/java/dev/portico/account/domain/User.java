package dev.portico.account.domain;

import dev.portico.platform.id.PrefixedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who signs in to the portal for one organization, in both its modes. Only a password hash
 * is kept (see {@code PasswordHasher}).
 */
@Entity
@Table(name = "users")
public class User {

  public static final String ID_PREFIX = "usr";

  @Id private String id;

  @Column(name = "organization_id", nullable = false)
  private String organizationId;

  @Column(nullable = false)
  private String email;

  private String name;

  @Column(nullable = false)
  private String role;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected User() {}

  public static User create(
      String organizationId, String email, UserRole role, String passwordHash, Clock clock) {
    return create(organizationId, email, null, role, passwordHash, clock);
  }

  public static User create(
      String organizationId,
      String email,
      String name,
      UserRole role,
      String passwordHash,
      Clock clock) {
    User user = new User();
    user.id = PrefixedIds.generate(ID_PREFIX, clock);
    user.organizationId = Objects.requireNonNull(organizationId, "organization is required");
    user.email = normalizeEmail(email);
    user.name = name == null || name.isBlank() ? null : name.strip();
    user.role = Objects.requireNonNull(role, "role is required").text();
    user.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
    user.createdAt = clock.instant();
    user.updatedAt = user.createdAt;
    return user;
  }

  /** E-mail addresses are compared case-insensitively; they are kept in lower case. */
  public static String normalizeEmail(String email) {
    if (email == null || email.isBlank() || !email.contains("@")) {
      throw new IllegalArgumentException("a valid e-mail address is required");
    }
    return email.strip().toLowerCase(Locale.ROOT);
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

  public String name() {
    return name;
  }

  public UserRole role() {
    return UserRole.parse(role).orElseThrow();
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void changeRole(UserRole newRole, Clock clock) {
    role = Objects.requireNonNull(newRole, "role is required").text();
    updatedAt = clock.instant();
  }

  /** Replaces the stored hash, when the hashing parameters have grown since it was written. */
  public void rehashPassword(String newHash, Clock clock) {
    passwordHash = Objects.requireNonNull(newHash, "password hash is required");
    updatedAt = clock.instant();
  }
}
