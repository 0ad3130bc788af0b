package dev.portico.apikey.infra;

import dev.portico.apikey.LastUsedTracker;
import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.apikey.domain.KeyCredential;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Authentication;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CredentialAuthenticator;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Authenticates {@code sk_live_…} and {@code sk_test_…} keys: hashes the presented key, finds it
 * (cached), checks it is usable and used from an allowed address, notes the use in memory, and
 * answers with the key's caller and rate-limit budget.
 */
@ApplicationScoped
public class ApiKeyAuthenticator implements CredentialAuthenticator {

  @Inject KeyCredentialCache credentials;
  @Inject LastUsedTracker lastUsed;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  @Override
  public boolean recognizes(String token) {
    return token.startsWith("sk_");
  }

  @Override
  public Authentication authenticate(String token, String remoteAddress) {
    if (!ApiKeyToken.isWellFormed(token)) {
      throw AuthenticationChallenges.invalid();
    }
    // The lookup is by the hash of the whole key, so no secret is ever compared byte by byte.
    KeyCredential key =
        credentials.find(ApiKeyToken.hashOf(token)).orElseThrow(AuthenticationChallenges::invalid);
    Instant now = clock.instant();
    if (!key.isUsableAt(now)) {
      throw AuthenticationChallenges.invalid();
    }
    if (!key.allowedIps().permits(remoteAddress)) {
      throw AuthenticationChallenges.ipNotAllowed();
    }
    lastUsed.used(key.apiKeyId(), now);
    return new Authentication(
        new Caller(
            key.organizationId(),
            key.livemode(),
            new Actor(Actor.Type.API_KEY, key.apiKeyId()),
            key.scopes()),
        key.rateLimitSubject());
  }
}
