package dev.portico.platform.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import dev.portico.account.domain.Organization;
import dev.portico.platform.id.Base62;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.testing.InContainer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** JPA (EclipseLink) works against the schema Flyway created, on the configured database. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
            "persistence-it",
            PersistenceIT.class,
            OrganizationStore.class,
            Organization.class,
            PrefixedIds.class,
            Base62.class,
            InstantConverter.class)
        .addAsResource("arquillian/persistence.xml", "META-INF/persistence.xml");
  }

  @Inject OrganizationStore store;

  @Test
  void whenOrganizationIsSavedThenItIsReadBackFromTheMigratedTable() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Organization saved =
        Organization.create(
            "Harbour Plumbing",
            "basic",
            ZoneId.of("Europe/Paris"),
            Clock.fixed(now, ZoneOffset.UTC));

    store.save(saved);
    Organization loaded = store.find(saved.id());

    assertThat(loaded, notNullValue());
    assertThat(loaded.name(), is("Harbour Plumbing"));
    assertThat(loaded.timeZone(), is(ZoneId.of("Europe/Paris")));
    assertThat(loaded.createdAt(), is(now));
  }

  @Test
  void whenServerStartedThenFlywayAppliedTheFirstMigration() throws Exception {
    DataSource dataSource = InitialContext.doLookup("jdbc/portico");
    String sql = "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'";

    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      assertThat(rows.next(), is(true));
      assertThat(rows.getBoolean(1), is(true));
    }
  }
}
