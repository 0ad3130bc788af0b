package dev.portico.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start with Flyway, the only source of schema. Beans that use the
 * database at start declare {@code @DependsOn("DatabaseMigrator")}. Several servers starting at
 * once are safe: Flyway serialises migrations with a lock on its history table.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    long started = System.nanoTime();
    MigrateResult result =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // Liberty creates its timer tables before this runs, so the schema is never empty.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    String schemaVersion = result.targetSchemaVersion == null ? "none" : result.targetSchemaVersion;
    LOG.info(
        () ->
            String.format(
                "Database schema at version %s (%d migration(s) applied in %d ms)",
                schemaVersion,
                result.migrationsExecuted,
                (System.nanoTime() - started) / 1_000_000));
  }
}
