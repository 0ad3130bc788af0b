package dev.portico.apikey.infra;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Who created which keys, across both modes of an organization. Plain JDBC on the application's
 * data source (so in the caller's transaction): the entity manager is bound to one mode.
 */
@ApplicationScoped
public class KeyOwners {

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  /** The user's keys stay, and keep working, as the organization's. */
  public void forget(String organizationId, String userId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE api_keys SET owner_user_id = NULL"
                    + " WHERE organization_id = ? AND owner_user_id = ?")) {
      update.setString(1, organizationId);
      update.setString(2, userId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not release the keys of user " + userId, e);
    }
  }
}
