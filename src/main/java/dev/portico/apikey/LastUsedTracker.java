package dev.portico.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each key's last use in memory and hands out at most one write per key per minute: the
 * request path never writes to the database for it. A use that falls inside a key's quiet minute is
 * not lost; it goes out with the key's next write. Reads merge the newest time seen here.
 */
@ApplicationScoped
public class LastUsedTracker {

  static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

  private final Map<String, Instant> latest = new ConcurrentHashMap<>();
  private final Set<String> unwritten = ConcurrentHashMap.newKeySet();
  private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

  public void used(String apiKeyId, Instant at) {
    // Reads first: under load most uses of a key fall in a millisecond already recorded, and a
    // read takes no lock.
    Instant known = latest.get(apiKeyId);
    if (known == null || at.isAfter(known)) {
      latest.merge(apiKeyId, at, (a, b) -> a.isAfter(b) ? a : b);
    }
    if (!unwritten.contains(apiKeyId)) {
      unwritten.add(apiKeyId);
    }
  }

  /** The newest use seen by this server, if any. */
  public Optional<Instant> latest(String apiKeyId) {
    return Optional.ofNullable(latest.get(apiKeyId));
  }

  /**
   * Takes the writes due at {@code now}: every key used since its last write, unless that write was
   * less than a minute ago. Called from one thread at a time.
   */
  public Map<String, Instant> drain(Instant now) {
    Map<String, Instant> due = new HashMap<>();
    for (String key : unwritten) {
      Instant written = lastWritten.get(key);
      if (written == null || !now.isBefore(written.plus(WRITE_INTERVAL))) {
        unwritten.remove(key);
        lastWritten.put(key, now);
        due.put(key, latest.get(key));
      }
    }
    return due;
  }

  /** Every use not written yet, whatever the interval: the last write before the server stops. */
  public Map<String, Instant> drainAll() {
    Map<String, Instant> due = new HashMap<>();
    for (String key : unwritten) {
      unwritten.remove(key);
      due.put(key, latest.get(key));
    }
    return due;
  }
}
