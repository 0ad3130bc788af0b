package dev.portico.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL database of a test's own, beside the one the test server uses: same host and user
 * (from {@code PORTICO_DB_URL}, {@code PORTICO_DB_USER}, {@code PORTICO_DB_PASSWORD}), another
 * name, dropped and created empty.
 */
public final class PostgresTestDatabase {

  private final String url;
  private final String user;
  private final String password;

  private PostgresTestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Drops {@code name} if it exists and creates it empty. */
  public static PostgresTestDatabase fresh(String name) {
    String serverUrl = System.getenv("PORTICO_DB_URL");
    String user = System.getenv().getOrDefault("PORTICO_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("PORTICO_DB_PASSWORD", "");
    try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
        Statement ddl = admin.createStatement()) {
      ddl.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      ddl.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return existing(name);
  }

  /** A database made earlier by {@link #fresh}, to connect to. */
  public static PostgresTestDatabase existing(String name) {
    String serverUrl = System.getenv("PORTICO_DB_URL");
    return new PostgresTestDatabase(
        serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name,
        System.getenv().getOrDefault("PORTICO_DB_USER", "postgres"),
        System.getenv().getOrDefault("PORTICO_DB_PASSWORD", ""));
  }

  /** What a Portico server needs in its environment to use this database. */
  public Map<String, String> serverEnvironment() {
    return Map.of(
        "PORTICO_DB_KIND", "postgresql",
        "PORTICO_DB_URL", url,
        "PORTICO_DB_USER", user,
        "PORTICO_DB_PASSWORD", password);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
