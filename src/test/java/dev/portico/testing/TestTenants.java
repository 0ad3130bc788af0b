package dev.portico.testing;

import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.platform.id.PrefixedIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Makes organizations and keys in any mode straight in the database, for in-container tests that
 * need a second tenant or a live key (the API only ever acts within the caller's own).
 */
public final class TestTenants {

  private static final String ALL_SCOPES =
      "api_keys:read api_keys:write audit:read customers:read customers:write integrations:read"
          + " integrations:write invoices:read invoices:write jobs:read jobs:write payments:read"
          + " payments:write usage:read webhooks:read webhooks:write";

  private TestTenants() {}

  public static String organization(String name) {
    String id = PrefixedIds.generate("org");
    Timestamp now = Timestamp.from(Instant.now());
    execute(
        "INSERT INTO organizations (id, name, plan, time_zone, created_at, updated_at, version)"
            + " VALUES (?, ?, 'unbounded', 'UTC', ?, ?, 1)",
        id,
        name,
        now,
        now);
    return id;
  }

  /**
   * A key with every scope in {@code organizationId}'s given mode and the highest limits; returns
   * the full secret.
   */
  public static String key(String organizationId, boolean livemode) {
    ApiKeyToken token = ApiKeyToken.generate(livemode);
    String id = PrefixedIds.generate("key");
    Timestamp now = Timestamp.from(Instant.now());
    execute(
        "INSERT INTO api_keys (id, organization_id, livemode, name, prefix, scopes, status,"
            + " allowed_ips, rate_limit_tier, rate_limit_per_minute, rate_limit_per_hour,"
            + " rate_limit_per_day, rate_limit_burst, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, 'Fixture', ?, ?, 'active', '', 'standard', 1000000000,"
            + " 1000000000, 1000000000, 1000000000, ?, ?, 1)",
        id,
        organizationId,
        livemode,
        token.prefix(),
        ALL_SCOPES,
        now,
        now);
    execute(
        "INSERT INTO api_key_secrets (secret_hash, api_key_id, organization_id, livemode, prefix,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        token.hash(),
        id,
        organizationId,
        livemode,
        token.prefix(),
        now);
    return token.value();
  }

  /** Runs one statement on Portico's database, for fixtures no API can make. */
  public static void execute(String sql, Object... values) {
    try {
      DataSource dataSource = InitialContext.doLookup("jdbc/portico");
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < values.length; i++) {
          statement.setObject(i + 1, values[i]);
        }
        statement.executeUpdate();
      }
    } catch (NamingException | SQLException e) {
      throw new IllegalStateException("fixture insert failed: " + sql, e);
    }
  }

  /** The first column of the first row of a query's answer, as a number. */
  public static long count(String sql, Object... values) {
    try {
      DataSource dataSource = InitialContext.doLookup("jdbc/portico");
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < values.length; i++) {
          statement.setObject(i + 1, values[i]);
        }
        try (java.sql.ResultSet row = statement.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    } catch (NamingException | SQLException e) {
      throw new IllegalStateException("fixture query failed: " + sql, e);
    }
  }
}
