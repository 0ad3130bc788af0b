package dev.portico.apikey.domain;

import java.util.List;
import java.util.Optional;

/** API keys and their secrets, always within the caller's organization and mode. */
public interface ApiKeyRepository {

  void add(ApiKey key, ApiKeySecret firstSecret);

  Optional<ApiKey> find(String id);

  /**
   * The page after {@code afterId} (newest first), {@code limit + 1} rows to tell if more follow.
   */
  List<ApiKey> list(ApiKeyStatus status, String afterId, int limit, java.time.Instant now);

  /** Secrets of the key that are still current (no expiry set). */
  List<ApiKeySecret> currentSecrets(String apiKeyId);

  void addSecret(ApiKeySecret secret);
}
