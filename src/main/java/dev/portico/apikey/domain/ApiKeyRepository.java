package dev.portico.apikey.domain;

import dev.portico.platform.listing.ListQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys and their secrets, always within the caller's organization and mode. */
public interface ApiKeyRepository {

  void add(ApiKey key, ApiKeySecret firstSecret);

  Optional<ApiKey> find(String id);

  /** One page of {@code query}; whether a key is active or expired is judged at {@code now}. */
  List<ApiKey> list(ListQuery<ApiKey> query, Instant now);

  /** Writes pending changes, so a changed key's version is known before the answer. */
  void flush();

  /** Secrets of the key that are still current (no expiry set). */
  List<ApiKeySecret> currentSecrets(String apiKeyId);

  void addSecret(ApiKeySecret secret);
}
