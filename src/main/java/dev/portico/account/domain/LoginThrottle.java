package dev.portico.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins for one e-mail address. After {@code allowed} failures in a row the address is
 * locked, for a time that doubles with each further failure up to a ceiling; a success clears it.
 */
@Entity
@Table(name = "login_throttles")
public class LoginThrottle {

  @Id private String email;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected LoginThrottle() {}

  public static LoginThrottle forEmail(String normalizedEmail, Instant now) {
    LoginThrottle throttle = new LoginThrottle();
    throttle.email = normalizedEmail;
    throttle.updatedAt = now;
    return throttle;
  }

  public Optional<Instant> lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  public void recordFailure(Instant now, LockoutPolicy policy) {
    failures++;
    updatedAt = now;
    policy.lockFor(failures).ifPresent(lock -> lockedUntil = now.plus(lock));
  }

  public void clear(Instant now) {
    failures = 0;
    lockedUntil = null;
    updatedAt = now;
  }

  public int failures() {
    return failures;
  }

  /** When an address is locked and for how long. */
  public record LockoutPolicy(int allowedFailures, Duration firstLock, Duration longestLock) {

    /** The lock after the {@code failures}-th failure in a row, if any. */
    public Optional<Duration> lockFor(int failures) {
      if (failures < allowedFailures) {
        return Optional.empty();
      }
      int doublings = Math.min(failures - allowedFailures, 30);
      Duration lock = firstLock.multipliedBy(1L << doublings);
      return Optional.of(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }
  }
}
