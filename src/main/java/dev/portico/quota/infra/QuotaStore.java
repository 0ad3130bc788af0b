package dev.portico.quota.infra;

import dev.portico.quota.domain.QuotaAlert;
import dev.portico.quota.domain.QuotaAlertKind;
import dev.portico.quota.domain.QuotaPeriod;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Each organization's count of a period (the requests counted against its quota, and those refused
 * with 429) and its recorded alerts, in tables {@code quota_usage} and {@code quota_alerts}. Counts
 * are added, never set, so servers sharing the database add up.
 */
@ApplicationScoped
public class QuotaStore {

  private static final String INSERT =
      "INSERT INTO quota_usage (organization_id, period, used, refused, updated_at)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String ALERTS =
      "SELECT id, kind, plan, quota, used, created_at FROM quota_alerts"
          + " WHERE organization_id = ? AND period = ? ORDER BY created_at, kind";
  private static final String INSERT_ALERT =
      "INSERT INTO quota_alerts (id, organization_id, period, kind, plan, quota, used, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = "jdbc/portico")
  javax.sql.DataSource dataSource;

  /** Which of a period's counts, each a column of {@code quota_usage}. */
  public enum Counted {
    /** Requests counted against the quota. */
    USED("used"),
    /** Requests refused with 429, by a rate limit or the quota. */
    REFUSED("refused");

    private final String read;
    private final String add;

    Counted(String column) {
      this.read = "SELECT " + column + " FROM quota_usage WHERE organization_id = ? AND period = ?";
      this.add =
          "UPDATE quota_usage SET "
              + column
              + " = "
              + column
              + " + ?, updated_at = ? WHERE organization_id = ? AND period = ?";
    }
  }

  public long used(String organizationId, QuotaPeriod period) {
    return read(organizationId, period, Counted.USED);
  }

  public long refused(String organizationId, QuotaPeriod period) {
    return read(organizationId, period, Counted.REFUSED);
  }

  /** Adds {@code requests} to one of the period's counts and returns that count after. */
  public long add(
      String organizationId, QuotaPeriod period, Counted count, long requests, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      if (update(connection, organizationId, period, count, requests, now) == 0) {
        try {
          insert(connection, organizationId, period, count, requests, now);
        } catch (SQLException raced) {
          // Another server made the row first: add to it.
          if (update(connection, organizationId, period, count, requests, now) == 0) {
            throw raced;
          }
        }
      }
      return read(connection, organizationId, period, count);
    } catch (SQLException e) {
      throw new IllegalStateException("writing the quota count failed", e);
    }
  }

  private long read(String organizationId, QuotaPeriod period, Counted count) {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection, organizationId, period, count);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the quota count failed", e);
    }
  }

  public List<QuotaAlert> alerts(String organizationId, QuotaPeriod period) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(ALERTS)) {
      select.setString(1, organizationId);
      select.setString(2, period.text());
      List<QuotaAlert> alerts = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          alerts.add(
              new QuotaAlert(
                  row.getString(1),
                  organizationId,
                  period,
                  QuotaAlertKind.parse(row.getString(2)).orElseThrow(),
                  row.getString(3),
                  row.getLong(4),
                  row.getLong(5),
                  row.getTimestamp(6).toInstant()));
        }
      }
      return alerts;
    } catch (SQLException e) {
      throw new IllegalStateException("reading quota alerts failed", e);
    }
  }

  /** In the caller's transaction; a second alert of a kind in a period breaks the unique key. */
  public void addAlert(QuotaAlert alert) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_ALERT)) {
      insert.setString(1, alert.id());
      insert.setString(2, alert.organizationId());
      insert.setString(3, alert.period().text());
      insert.setString(4, alert.kind().text());
      insert.setString(5, alert.plan());
      insert.setLong(6, alert.quota());
      insert.setLong(7, alert.used());
      insert.setTimestamp(8, Timestamp.from(alert.createdAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("recording the quota alert failed", e);
    }
  }

  /** One of the period's counts; 0 when the period has no row yet. */
  private static long read(
      Connection connection, String organizationId, QuotaPeriod period, Counted count)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(count.read)) {
      select.setString(1, organizationId);
      select.setString(2, period.text());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  private static int update(
      Connection connection,
      String organizationId,
      QuotaPeriod period,
      Counted count,
      long requests,
      Instant now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(count.add)) {
      update.setLong(1, requests);
      update.setTimestamp(2, Timestamp.from(now));
      update.setString(3, organizationId);
      update.setString(4, period.text());
      return update.executeUpdate();
    }
  }

  private static void insert(
      Connection connection,
      String organizationId,
      QuotaPeriod period,
      Counted count,
      long requests,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, organizationId);
      insert.setString(2, period.text());
      insert.setLong(3, count == Counted.USED ? requests : 0);
      insert.setLong(4, count == Counted.REFUSED ? requests : 0);
      insert.setTimestamp(5, Timestamp.from(now));
      insert.executeUpdate();
    }
  }
}
