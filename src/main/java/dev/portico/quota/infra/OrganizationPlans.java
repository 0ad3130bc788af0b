package dev.portico.quota.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.quota.QuotaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The plan each organization is on, read from {@code organizations} and kept for {@code
 * portico.quotas.plan-cache}: a change made on this server applies at once, one made on another
 * within that time.
 */
@ApplicationScoped
public class OrganizationPlans {

  private static final String SQL = "SELECT plan FROM organizations WHERE id = ?";

  @Inject QuotaConfig config;

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  private Cache<String, String> plans;

  @PostConstruct
  void create() {
    plans = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(config.planCache()).build();
  }

  /** The plan's name; empty text for an organization that does not exist. */
  public String of(String organizationId) {
    return plans.get(organizationId, this::read);
  }

  public void forget(String organizationId) {
    plans.invalidate(organizationId);
  }

  private String read(String organizationId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(SQL)) {
      select.setString(1, organizationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the organization's plan failed", e);
    }
  }
}
