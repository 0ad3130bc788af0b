package dev.portico.apikey.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each key's last use in memory and hands out at most one write per key per minute: the
 * request path never writes to the database for it. Reads merge the newest time seen here.
 */
@ApplicationScoped
public class LastUsedTracker {

  static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

  private final Map<String, Instant> latest = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastQueued = new ConcurrentHashMap<>();
  private final Map<String, Instant> pending = new ConcurrentHashMap<>();

  public void used(String apiKeyId, Instant at) {
    latest.merge(apiKeyId, at, (a, b) -> a.isAfter(b) ? a : b);
    Instant queued = lastQueued.get(apiKeyId);
    if (queued == null || !at.isBefore(queued.plus(WRITE_INTERVAL))) {
      lastQueued.put(apiKeyId, at);
      pending.merge(apiKeyId, at, (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /** The newest use seen by this server, if any. */
  public Optional<Instant> latest(String apiKeyId) {
    return Optional.ofNullable(latest.get(apiKeyId));
  }

  /** Everything seen, for the last write before the server stops. */
  public Map<String, Instant> drainAll() {
    pending.clear();
    return Map.copyOf(latest);
  }

  /** Takes the writes due now; each key appears at most once per minute over all calls. */
  public Map<String, Instant> drain() {
    Map<String, Instant> due = new HashMap<>();
    for (String key : pending.keySet()) {
      Instant at = pending.remove(key);
      if (at != null) {
        due.put(key, at);
      }
    }
    return due;
  }
}
