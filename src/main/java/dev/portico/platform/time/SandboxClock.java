package dev.portico.platform.time;

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
 * How far an organization's test mode runs ahead of real time. Test-mode time keeps flowing from
 * where it was advanced to; it never goes back, except by removing the clock (a sandbox reset).
 */
@Entity
@Table(name = "sandbox_clocks")
public class SandboxClock {

  /** How far ahead test mode may run: far enough for a year of invoices, bounded for dates. */
  public static final Duration MAX_OFFSET = Duration.ofDays(3660);

  @Id
  @Column(name = "organization_id")
  private String organizationId;

  @Column(name = "offset_ms", nullable = false)
  private long offsetMillis;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected SandboxClock() {}

  public SandboxClock(String organizationId, Instant now) {
    this.organizationId = Objects.requireNonNull(organizationId, "organization is required");
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Moves test-mode time forward by {@code by}.
   *
   * @throws IllegalArgumentException when {@code by} is not positive or would pass {@link
   *     #MAX_OFFSET}
   */
  public void advance(Duration by, Instant now) {
    if (by.isNegative() || by.isZero()) {
      throw new IllegalArgumentException("a sandbox clock only moves forward");
    }
    // by is compared first: a huge one would overflow the sum.
    if (by.compareTo(MAX_OFFSET) > 0 || offset().plus(by).compareTo(MAX_OFFSET) > 0) {
      throw new IllegalArgumentException(
          "a sandbox clock runs at most " + MAX_OFFSET.toDays() + " days ahead of real time");
    }
    offsetMillis = offset().plus(by).toMillis();
    updatedAt = now;
  }

  /** Puts test-mode time back to real time. */
  public void reset(Instant now) {
    offsetMillis = 0;
    updatedAt = now;
  }

  public Clock clock(Clock real) {
    return Clock.offset(real, offset());
  }

  public Duration offset() {
    return Duration.ofMillis(offsetMillis);
  }

  public String organizationId() {
    return organizationId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the clock was last advanced; {@code null} when it runs at real time. */
  public Instant advancedAt() {
    return offsetMillis == 0 ? null : updatedAt;
  }
}
