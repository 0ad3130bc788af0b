package dev.portico.apikey.infra;

import dev.portico.apikey.domain.IpAllowlist;
import dev.portico.apikey.domain.KeyCredential;
import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the key a presented secret belongs to, by the secret's hash. The one read that crosses
 * tenants, because the tenant is what it finds out; it reads nothing but what authentication and
 * rate limiting need.
 */
@ApplicationScoped
public class KeyCredentialLookup {

  private static final String SQL =
      "SELECT k.id, k.organization_id, k.livemode, k.scopes, k.status, k.expires_at,"
          + " s.expires_at, k.allowed_ips, k.rate_limit_tier, k.rate_limit_per_minute,"
          + " k.rate_limit_per_hour, k.rate_limit_per_day, k.rate_limit_burst, k.version"
          + " FROM api_key_secrets s"
          + " JOIN api_keys k ON k.id = s.api_key_id WHERE s.secret_hash = ?";

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  public Optional<KeyCredential> findBySecretHash(String secretHash) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(SQL)) {
      select.setString(1, secretHash);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new KeyCredential(
                row.getString(1),
                row.getString(2),
                row.getBoolean(3),
                Scope.parseStored(row.getString(4)),
                "revoked".equals(row.getString(5)),
                instant(row.getTimestamp(6)),
                instant(row.getTimestamp(7)),
                IpAllowlist.fromStorage(row.getString(8)),
                RateLimitTier.parse(row.getString(9)).orElse(RateLimitTier.DEFAULT),
                override(row),
                row.getLong(14)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("API key lookup failed", e);
    }
  }

  private static RateLimitOverride override(ResultSet row) throws SQLException {
    Integer perMinute = integer(row, 10);
    Integer perHour = integer(row, 11);
    Integer perDay = integer(row, 12);
    Integer burst = integer(row, 13);
    if (perMinute == null && perHour == null && perDay == null && burst == null) {
      return null;
    }
    return new RateLimitOverride(perMinute, perHour, perDay, burst);
  }

  private static Integer integer(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
