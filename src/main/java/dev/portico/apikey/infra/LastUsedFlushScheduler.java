package dev.portico.apikey.infra;

import dev.portico.apikey.ApiKeyConfig;
import dev.portico.apikey.LastUsedTracker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the keys' last-used times that {@link LastUsedTracker} hands out, in one batch every
 * {@code portico.api-keys.last-used-flush-interval}, and everything it holds when the server stops
 * cleanly. A time never moves backwards, whichever server writes last.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class LastUsedFlushScheduler {

  private static final Logger LOG = Logger.getLogger(LastUsedFlushScheduler.class.getName());
  private static final String SQL =
      "UPDATE api_keys SET last_used_at = ? WHERE id = ?"
          + " AND (last_used_at IS NULL OR last_used_at < ?)";

  @Resource TimerService timers;

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  @Inject LastUsedTracker tracker;
  @Inject ApiKeyConfig config;

  @PostConstruct
  void schedule() {
    long interval = config.lastUsedFlushInterval().toMillis();
    // Not persistent: each server flushes its own memory; nothing is owed after a restart.
    timers.createIntervalTimer(interval, interval, new TimerConfig("last-used-flush", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void flushDue() {
    write(tracker.drain(Instant.now()));
  }

  @PreDestroy
  void flushAll() {
    write(tracker.drainAll());
  }

  private void write(Map<String, Instant> usedAt) {
    if (usedAt.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(SQL)) {
      for (Map.Entry<String, Instant> use : usedAt.entrySet()) {
        Timestamp at = Timestamp.from(use.getValue());
        update.setTimestamp(1, at);
        update.setString(2, use.getKey());
        update.setTimestamp(3, at);
        update.addBatch();
      }
      update.executeBatch();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not write last-used times of " + usedAt.size() + " key(s)", e);
    }
  }
}
