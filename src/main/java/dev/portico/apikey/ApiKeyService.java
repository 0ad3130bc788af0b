package dev.portico.apikey;

import dev.portico.apikey.api.ApiKeyListing;
import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeyRepository;
import dev.portico.apikey.domain.ApiKeySecret;
import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.apikey.domain.ApiKeyStatus;
import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.apikey.infra.KeyCredentialCache;
import dev.portico.apikey.infra.KeyOwners;
import dev.portico.audit.AuditLog;
import dev.portico.audit.domain.AuditTarget;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitCeilings;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The transaction boundary of API keys: every change is written with its audit event in one
 * transaction, within the caller's organization and mode. A caller can never give a key a scope it
 * does not hold itself, nor limits above its organization's plan's ceiling.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

  public static final Duration DEFAULT_ROTATION_GRACE = Duration.ofHours(24);

  @Inject CallerContext callerContext;
  @Inject ApiKeyRepository keys;
  @Inject AuditLog audit;
  @Inject KeyCredentialCache credentials;
  @Inject LastUsedTracker lastUsed;
  @Inject KeyOwners keyOwners;
  @Inject RateLimitCeilings ceilings;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public IssuedApiKey create(ApiKeySettings settings, String ownerUserId) {
    Caller caller = requireWrite();
    requireHeld(caller, settings);
    PlanCeilingCheck.require(ceilings.of(caller.organizationId()), settings);
    ApiKeyToken token = ApiKeyToken.generate(caller.livemode());
    TenantKey tenant = TenantKey.of(caller);
    ApiKey key = ApiKey.issue(tenant, settings, token, ownerUserId, clock);
    keys.add(key, ApiKeySecret.current(tenant, key.id(), token, clock));
    audit.record("api_key.created", target(key), ApiKeyAudit.between(null, settings));
    return new IssuedApiKey(key, token, null);
  }

  public List<ApiKey> list(ListQuery<ApiKey> query) {
    return keys.list(query, clock.instant());
  }

  /** The newest {@code limit} keys, and one more when there are more. */
  public List<ApiKey> newest(int limit) {
    return list(ListQuery.firstPage(ApiKeyListing.SPEC, limit));
  }

  /** The newest key that can be used now, if any. */
  public Optional<ApiKey> newestActive() {
    return list(ListQuery.page(ApiKeyListing.SPEC, Map.of("status", "active"), 1, null, null))
        .stream()
        .findFirst();
  }

  public ApiKey get(String id) {
    return keys.find(id).orElseThrow(() -> new ApiKeyNotFoundException(id));
  }

  /**
   * Applies {@code change} to the key's current settings, read in this same transaction, if
   * If-Match allows.
   */
  public ApiKey update(String id, IfMatch precondition, UnaryOperator<ApiKeySettings> change) {
    requireWrite();
    ApiKey key = get(id);
    precondition.check(key.version());
    ApiKeySettings before = key.settings();
    ApiKeySettings changed = change.apply(before);
    Caller caller = callerContext.current();
    requireHeld(caller, changed);
    if (changesLimits(before, changed)) {
      PlanCeilingCheck.require(ceilings.of(caller.organizationId()), changed);
    }
    key.update(changed, clock);
    audit.record("api_key.updated", target(key), ApiKeyAudit.between(before, changed));
    keys.flush();
    credentials.evictKey(id);
    return key;
  }

  /** A new secret; the current one keeps working for {@code grace} (zero ends it at once). */
  public IssuedApiKey rotate(String id, Duration grace) {
    requireWrite();
    ApiKey key = get(id);
    Instant now = clock.instant();
    key.requireActive(now);
    String previousPrefix = key.prefix();
    Instant previousEnds = now.plus(grace);
    for (ApiKeySecret current : keys.currentSecrets(id)) {
      current.retireAt(previousEnds);
    }
    ApiKeyToken token = ApiKeyToken.generate(key.livemode());
    keys.addSecret(ApiKeySecret.current(TenantKey.of(callerContext.current()), id, token, clock));
    key.rotatedTo(token, clock);
    audit.record(
        "api_key.rotated",
        target(key),
        List.of(
            ApiKeyAudit.change(
                "prefix", ApiKeyAudit.text(previousPrefix), ApiKeyAudit.text(token.prefix())),
            ApiKeyAudit.change(
                "previous_secret_expires_at",
                ApiKeyAudit.instant(null),
                ApiKeyAudit.instant(previousEnds))));
    credentials.evictKey(id);
    keys.flush();
    return new IssuedApiKey(key, token, previousEnds);
  }

  /** Revokes the key at once on this server and within the cache bound on the others. */
  public ApiKey revoke(String id) {
    requireWrite();
    ApiKey key = get(id);
    ApiKeyStatus before = key.status(clock.instant());
    if (key.revoke(clock)) {
      audit.record(
          "api_key.revoked",
          target(key),
          List.of(
              ApiKeyAudit.change(
                  "status",
                  ApiKeyAudit.text(before.text()),
                  ApiKeyAudit.text(ApiKeyStatus.REVOKED.text()))));
    }
    credentials.evictKey(id);
    keys.flush();
    return key;
  }

  /**
   * The newest use of the key: this server's memory, or what any server last wrote. Called once per
   * listed key, so it opens no transaction of its own.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Instant> lastUsedAt(ApiKey key) {
    Optional<Instant> seenHere = lastUsed.latest(key.id());
    Optional<Instant> stored = Optional.ofNullable(key.lastUsedAt());
    if (seenHere.isEmpty()) {
      return stored;
    }
    if (stored.isEmpty()) {
      return seenHere;
    }
    return Optional.of(seenHere.get().isAfter(stored.get()) ? seenHere.get() : stored.get());
  }

  /** A member leaves: their keys stay with the organization, in both modes, and keep working. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forgetOwner(String organizationId, String userId) {
    keyOwners.forget(organizationId, userId);
  }

  /** The ceiling of the caller's organization's plan on its keys' limits. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RateLimitCeiling ceiling() {
    return ceilings.of(callerContext.current().organizationId());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Instant now() {
    return clock.instant();
  }

  /** The API checks this in its filter chain too; the portal relies on this check alone. */
  private Caller requireWrite() {
    Caller caller = callerContext.current();
    if (!caller.has(Scope.API_KEYS_WRITE)) {
      throw AuthenticationChallenges.insufficientScope(Scope.API_KEYS_WRITE);
    }
    return caller;
  }

  /**
   * Whether the change touches the key's limits; a key left above a lowered ceiling can still be
   * renamed (authentication holds it to the ceiling anyway).
   */
  private static boolean changesLimits(ApiKeySettings before, ApiKeySettings after) {
    return before.rateLimitTier() != after.rateLimitTier()
        || !Objects.equals(before.rateLimitOverride(), after.rateLimitOverride());
  }

  private static void requireHeld(Caller caller, ApiKeySettings settings) {
    for (Scope scope : settings.scopes()) {
      if (!caller.has(scope)) {
        throw AuthenticationChallenges.insufficientScope(scope);
      }
    }
  }

  private static AuditTarget target(ApiKey key) {
    return new AuditTarget(ApiKeyAudit.TARGET_TYPE, key.id());
  }
}
