package dev.portico.platform.idempotency;

import dev.portico.platform.tenancy.TenantKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Idempotency keys in the database, outside the request's own transaction: the claim commits before
 * the operation runs, so a concurrent duplicate on any server sees it at once. Keys are per
 * organization and mode.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IdempotencyStore {

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  /**
   * Claims {@code key} for the request with {@code fingerprint}; empty when this request now owns
   * it, else what the key was used for before. An expired key is claimed afresh.
   */
  public Optional<PriorRequest> claim(
      TenantKey tenant, String key, String fingerprint, Instant now, Instant expiresAt) {
    try (Connection connection = dataSource.getConnection()) {
      for (int attempt = 0; attempt < 2; attempt++) {
        if (insert(connection, tenant, key, fingerprint, now, expiresAt)) {
          return Optional.empty();
        }
        Optional<PriorRequest> prior = read(connection, tenant, key, now);
        if (prior.isPresent()) {
          return prior;
        }
        delete(connection, tenant, key, "expires_at <= ?", now);
      }
      throw new IllegalStateException("idempotency key could be neither claimed nor read");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot claim an idempotency key", e);
    }
  }

  /** Keeps the first answer of the request that claimed {@code key}. */
  public void complete(TenantKey tenant, String key, StoredResponse response) {
    String sql =
        "UPDATE idempotency_keys SET response_status = ?, response_content_type = ?,"
            + " response_location = ?, response_etag = ?, response_body = ?"
            + " WHERE organization_id = ? AND livemode = ? AND idempotency_key = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setInt(1, response.status());
      update.setString(2, response.contentType());
      update.setString(3, response.location());
      update.setString(4, response.etag());
      update.setString(5, response.body());
      update.setString(6, tenant.organizationId());
      update.setBoolean(7, tenant.livemode());
      update.setString(8, key);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store an idempotent answer", e);
    }
  }

  /** Frees {@code key} after a failure on the server's side, so that a retry runs again. */
  public void release(TenantKey tenant, String key) {
    try (Connection connection = dataSource.getConnection()) {
      delete(connection, tenant, key, "response_status IS NULL", null);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release an idempotency key", e);
    }
  }

  /** Forgets every key whose retention has ended; returns how many. */
  public int purgeExpired(Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM idempotency_keys WHERE expires_at <= ?")) {
      delete.setTimestamp(1, Timestamp.from(now));
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot purge idempotency keys", e);
    }
  }

  private static boolean insert(
      Connection connection,
      TenantKey tenant,
      String key,
      String fingerprint,
      Instant now,
      Instant expiresAt)
      throws SQLException {
    String sql =
        "INSERT INTO idempotency_keys (organization_id, livemode, idempotency_key,"
            + " request_fingerprint, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, tenant.organizationId());
      insert.setBoolean(2, tenant.livemode());
      insert.setString(3, key);
      insert.setString(4, fingerprint);
      insert.setTimestamp(5, Timestamp.from(now));
      insert.setTimestamp(6, Timestamp.from(expiresAt));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
  }

  private static Optional<PriorRequest> read(
      Connection connection, TenantKey tenant, String key, Instant now) throws SQLException {
    String sql =
        "SELECT request_fingerprint, response_status, response_content_type, response_location,"
            + " response_etag, response_body FROM idempotency_keys"
            + " WHERE organization_id = ? AND livemode = ? AND idempotency_key = ?"
            + " AND expires_at > ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, tenant.organizationId());
      select.setBoolean(2, tenant.livemode());
      select.setString(3, key);
      select.setTimestamp(4, Timestamp.from(now));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        int status = row.getInt(2);
        StoredResponse response =
            row.wasNull()
                ? null
                : new StoredResponse(
                    status, row.getString(3), row.getString(4), row.getString(5), row.getString(6));
        return Optional.of(new PriorRequest(row.getString(1), response));
      }
    }
  }

  private static void delete(
      Connection connection, TenantKey tenant, String key, String condition, Instant now)
      throws SQLException {
    String sql =
        "DELETE FROM idempotency_keys WHERE organization_id = ? AND livemode = ?"
            + " AND idempotency_key = ? AND "
            + condition;
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setString(1, tenant.organizationId());
      delete.setBoolean(2, tenant.livemode());
      delete.setString(3, key);
      if (now != null) {
        delete.setTimestamp(4, Timestamp.from(now));
      }
      delete.executeUpdate();
    }
  }
}
