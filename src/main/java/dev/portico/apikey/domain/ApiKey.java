package dev.portico.apikey.domain;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Scope;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An API key of one organization and mode: its name, scopes, expiry, IP allowlist and rate limit.
 * Its secrets are {@link ApiKeySecret} rows; the key itself holds only their display prefix.
 */
@Entity
@Table(name = "api_keys")
public class ApiKey extends TenantScopedEntity {

  public static final String ID_PREFIX = "key";
  public static final int MAX_NAME_LENGTH = 100;

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String prefix;

  @Column(nullable = false)
  private String scopes;

  @Column(nullable = false)
  private String status;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "allowed_ips", nullable = false)
  private String allowedIps;

  @Column(name = "rate_limit_tier", nullable = false)
  private String rateLimitTier;

  @Column(name = "rate_limit_per_minute")
  private Integer rateLimitPerMinute;

  @Column(name = "rate_limit_per_hour")
  private Integer rateLimitPerHour;

  @Column(name = "rate_limit_per_day")
  private Integer rateLimitPerDay;

  @Column(name = "rate_limit_burst")
  private Integer rateLimitBurst;

  @Column(name = "owner_user_id")
  private String ownerUserId;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ApiKey() {}

  private ApiKey(TenantKey tenant) {
    super(tenant);
  }

  /** A new active key whose first secret is {@code token}. */
  public static ApiKey issue(
      TenantKey tenant,
      ApiKeySettings settings,
      ApiKeyToken token,
      String ownerUserId,
      Clock clock) {
    ApiKey key = new ApiKey(tenant);
    key.id = PrefixedIds.generate(ID_PREFIX, clock);
    key.status = ApiKeyStatus.ACTIVE.text();
    key.prefix = token.prefix();
    key.ownerUserId = ownerUserId;
    key.createdAt = clock.instant();
    key.updatedAt = key.createdAt;
    key.apply(settings);
    return key;
  }

  /** Replaces every setting at once; the caller decides which settings changed. */
  public void update(ApiKeySettings settings, Clock clock) {
    apply(settings);
    updatedAt = clock.instant();
  }

  private void apply(ApiKeySettings settings) {
    Objects.requireNonNull(settings, "settings are required");
    name = settings.name();
    scopes = settings.scopes().stream().map(Scope::text).sorted().collect(Collectors.joining(" "));
    expiresAt = settings.expiresAt();
    allowedIps = settings.allowedIps().toStorage();
    rateLimitTier = settings.rateLimitTier().text();
    RateLimitOverride override = settings.rateLimitOverride();
    rateLimitPerMinute = override == null ? null : override.perMinute();
    rateLimitPerHour = override == null ? null : override.perHour();
    rateLimitPerDay = override == null ? null : override.perDay();
    rateLimitBurst = override == null ? null : override.burst();
  }

  /** A new secret replaced the shown one; only its display prefix is kept here. */
  public void rotatedTo(ApiKeyToken token, Clock clock) {
    requireActive(clock.instant());
    prefix = token.prefix();
    updatedAt = clock.instant();
  }

  /** Revokes the key; revoking a revoked key changes nothing and answers false. */
  public boolean revoke(Clock clock) {
    if (ApiKeyStatus.REVOKED.text().equals(status)) {
      return false;
    }
    status = ApiKeyStatus.REVOKED.text();
    revokedAt = clock.instant();
    updatedAt = revokedAt;
    return true;
  }

  public void requireActive(Instant now) {
    ApiKeyStatus current = status(now);
    if (current != ApiKeyStatus.ACTIVE) {
      throw new ApiKeyStateException(current);
    }
  }

  public ApiKeyStatus status(Instant now) {
    if (ApiKeyStatus.REVOKED.text().equals(status)) {
      return ApiKeyStatus.REVOKED;
    }
    return expiresAt != null && !expiresAt.isAfter(now)
        ? ApiKeyStatus.EXPIRED
        : ApiKeyStatus.ACTIVE;
  }

  public ApiKeySettings settings() {
    RateLimitOverride override =
        rateLimitPerMinute == null
                && rateLimitPerHour == null
                && rateLimitPerDay == null
                && rateLimitBurst == null
            ? null
            : new RateLimitOverride(
                rateLimitPerMinute, rateLimitPerHour, rateLimitPerDay, rateLimitBurst);
    return new ApiKeySettings(
        name,
        Scope.parseStored(scopes),
        expiresAt,
        IpAllowlist.fromStorage(allowedIps),
        RateLimitTier.parse(rateLimitTier).orElse(RateLimitTier.DEFAULT),
        override);
  }

  public String id() {
    return id;
  }

  public String prefix() {
    return prefix;
  }

  public String ownerUserId() {
    return ownerUserId;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String name() {
    return name;
  }

  /** The optimistic-lock version, which the key's ETag is made of. */
  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
