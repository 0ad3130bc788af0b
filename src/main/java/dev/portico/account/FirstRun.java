package dev.portico.account;

import dev.portico.account.AccountService.NewOrganization;
import dev.portico.account.infra.DatabaseOnce;
import dev.portico.apikey.ApiKeyService;
import dev.portico.apikey.IssuedApiKey;
import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.apikey.domain.IpAllowlist;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.RequestOrigin;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The first-run work on an empty database: an organization, its owner, and a test-mode key with
 * every scope, all in one transaction that also claims the work for this database.
 */
@ApplicationScoped
public class FirstRun {

  static final String ONCE_NAME = "first_run_bootstrap";
  static final String KEY_NAME = "First-run test key";

  @Inject BootstrapConfig config;
  @Inject DatabaseOnce once;
  @Inject AccountService accounts;
  @Inject ApiKeyService apiKeys;
  @Inject CallerContext callerContext;

  public boolean isDone() {
    return once.isDone(ONCE_NAME);
  }

  /** Empty when the database already had organizations (the claim is still recorded). */
  @ActivateRequestContext
  @Transactional
  public Optional<FirstRunResult> run() {
    once.claim(ONCE_NAME);
    if (accounts.hasOrganizations()) {
      return Optional.empty();
    }
    Optional<String> configured = config.ownerPassword();
    String password = configured.orElseGet(PasswordHasher::generatePassword);
    NewOrganization created =
        accounts.createOperatorOrganization(
            config.organizationName(),
            ZoneId.of(config.timeZone()),
            config.ownerEmail(),
            password.toCharArray());
    callerContext.set(
        new Caller(created.organization().id(), false, Actor.SYSTEM, Scope.all()),
        RequestOrigin.INTERNAL);
    IssuedApiKey key =
        apiKeys.create(
            new ApiKeySettings(
                KEY_NAME, Scope.all(), null, IpAllowlist.ANY, RateLimitTier.DEFAULT, null),
            created.owner().id());
    return Optional.of(
        new FirstRunResult(
            created.organization().id(),
            created.owner().email(),
            configured.isPresent() ? null : password,
            key.token().value()));
  }

  /** What the newcomer needs, printed once. {@code generatedPassword} is null if configured. */
  public record FirstRunResult(
      String organizationId, String ownerEmail, String generatedPassword, String testKey) {}
}
