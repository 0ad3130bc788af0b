package dev.portico.apikey.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.apikey.ApiKeyConfig;
import dev.portico.apikey.domain.KeyCredential;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

/**
 * A bounded cache in front of {@link KeyCredentialLookup}, keyed by secret hash. Misses are cached
 * too, so a flood of unknown keys costs no database reads. Entries live for {@code
 * portico.api-keys.cache-ttl}: the bound on how stale another server's change can be here.
 */
@ApplicationScoped
public class KeyCredentialCache {

  @Inject ApiKeyConfig config;
  @Inject KeyCredentialLookup lookup;
  @Resource TransactionSynchronizationRegistry transactions;

  private Cache<String, Optional<KeyCredential>> cache;

  @PostConstruct
  void create() {
    cache =
        Caffeine.newBuilder()
            .maximumSize(config.cacheSize())
            .expireAfterWrite(config.cacheTtl())
            .build();
  }

  public Optional<KeyCredential> find(String secretHash) {
    return cache.get(secretHash, lookup::findBySecretHash);
  }

  /**
   * Forgets every cached secret of a key this server is changing: now, and again once the change
   * commits, so a request in between cannot keep the old state cached.
   */
  public void evictKey(String apiKeyId) {
    evictNow(apiKeyId);
    if (transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              evictNow(apiKeyId);
            }
          });
    }
  }

  private void evictNow(String apiKeyId) {
    cache
        .asMap()
        .values()
        .removeIf(entry -> entry.isPresent() && entry.get().apiKeyId().equals(apiKeyId));
  }
}
