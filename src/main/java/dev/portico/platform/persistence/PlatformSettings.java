package dev.portico.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Values every server of a cluster must agree on (such as the key that signs list cursors), kept in
 * the database. The first server to need a value creates it; the others read the same one.
 */
@ApplicationScoped
public class PlatformSettings {

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  /** The stored value, or {@code initial} stored now if none is; safe when servers race. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public String getOrCreate(String name, Supplier<String> initial) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> existing = read(connection, name);
      if (existing.isPresent()) {
        return existing.get();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO platform_settings (name, setting_value) VALUES (?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, initial.get());
        insert.executeUpdate();
      } catch (SQLException lostRace) {
        // Another server inserted the value first; theirs is the one everybody uses.
      }
      return read(connection, name)
          .orElseThrow(() -> new IllegalStateException("setting " + name + " was not stored"));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read platform setting " + name, e);
    }
  }

  private static Optional<String> read(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT setting_value FROM platform_settings WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }
}
