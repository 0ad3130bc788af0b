package dev.portico.account;

import dev.portico.platform.web.PublicUrl;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, on a database that has never been bootstrapped, runs {@link FirstRun} and prints its
 * result once, after it committed. A later start, or a second server racing this one, prints
 * nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstRunBootstrap {

  private static final Logger LOG = Logger.getLogger(FirstRunBootstrap.class.getName());

  @Inject BootstrapConfig config;
  @Inject FirstRun firstRun;
  @Inject PublicUrl publicUrl;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void bootstrap() {
    if (!config.enabled() || firstRun.isDone()) {
      return;
    }
    try {
      firstRun
          .run()
          .ifPresentOrElse(
              result -> System.out.println(FirstRunBanner.render(result, publicUrl.value())),
              () ->
                  LOG.info("First-run bootstrap skipped: the database already has organizations"));
    } catch (RuntimeException lostRace) {
      if (firstRun.isDone()) {
        LOG.info("First-run bootstrap was done by another server");
      } else {
        LOG.log(
            Level.SEVERE,
            "First-run bootstrap failed; it will be tried at the next start",
            lostRace);
      }
    }
  }
}
