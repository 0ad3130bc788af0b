package dev.portico.event.infra;

import dev.portico.event.domain.EventEnvelope;
import dev.portico.event.domain.RelayedEvent;
import dev.portico.platform.tenancy.TenantKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * The relay's queue, table {@code event_relay}, in the caller's transaction. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so servers sharing the database relay each event once and never
 * wait for one another. (No ORDER BY: with one, H2 skips nothing and returns no rows.)
 */
@ApplicationScoped
public class RelayStore {

  private static final String CLAIM =
      "SELECT event_id FROM event_relay FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";
  private static final String EVENTS =
      "SELECT id, organization_id, livemode, type, data, created_at FROM events WHERE id IN (";
  private static final String REMOVE = "DELETE FROM event_relay WHERE event_id IN (";

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  /** What one claim took: every claimed id, and the events still there (in id order). */
  public record Claimed(List<String> ids, List<RelayedEvent> events) {}

  /** Up to {@code max} waiting events, locked until the transaction ends. */
  public Claimed claim(int max) {
    try (Connection connection = dataSource.getConnection()) {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
        claim.setInt(1, max);
        try (ResultSet rows = claim.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
      }
      return new Claimed(ids, ids.isEmpty() ? List.of() : events(connection, ids));
    } catch (SQLException e) {
      throw new IllegalStateException("could not claim events to relay", e);
    }
  }

  public void remove(List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement remove = connection.prepareStatement(inList(REMOVE, eventIds.size()))) {
      bind(remove, eventIds);
      remove.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not mark events relayed", e);
    }
  }

  private static List<RelayedEvent> events(Connection connection, List<String> ids)
      throws SQLException {
    List<RelayedEvent> events = new ArrayList<>(ids.size());
    try (PreparedStatement select = connection.prepareStatement(inList(EVENTS, ids.size()))) {
      bind(select, ids);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          TenantKey tenant = new TenantKey(rows.getString(2), rows.getBoolean(3));
          String type = rows.getString(4);
          String envelope =
              EventEnvelope.json(
                  id, type, rows.getTimestamp(6).toInstant(), tenant.livemode(), rows.getString(5));
          events.add(new RelayedEvent(id, tenant, type, envelope));
        }
      }
    }
    // Ids are time-ordered: events are relayed in the order they happened, within a claim.
    events.sort(Comparator.comparing(RelayedEvent::id));
    return events;
  }

  private static String inList(String prefix, int size) {
    return prefix + String.join(", ", Collections.nCopies(size, "?")) + ")";
  }

  private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setString(i + 1, values.get(i));
    }
  }
}
