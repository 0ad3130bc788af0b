package dev.portico.platform.timer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.InContainer;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** EJB persistent timers, stored in Portico's database, fire inside the server. */
@ExtendWith(ArquillianExtension.class)
class PersistentTimerIT {

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive("timer-it", PersistentTimerIT.class, TimerProbe.class);
  }

  @Inject TimerProbe probe;

  @Test
  void whenPersistentTimerIsScheduledThenItIsStoredAndFires() throws Exception {
    String name = "probe-" + UUID.randomUUID();

    Timer timer = probe.schedule(name, 500);

    assertThat(timer.isPersistent(), is(true));
    assertThat(TimerProbe.FIRED.get(name).await(30, TimeUnit.SECONDS), is(true));
  }
}
