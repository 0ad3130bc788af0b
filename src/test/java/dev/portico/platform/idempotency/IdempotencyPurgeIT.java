package dev.portico.platform.idempotency;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.platform.id.Base62;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.testing.InContainer;
import dev.portico.testing.TestTenants;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The purge timer, inside the server: expired idempotency keys go, live ones stay. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyPurgeIT {

  private static final String COUNT =
      "SELECT COUNT(*) FROM idempotency_keys WHERE organization_id = ? AND idempotency_key = ?";

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "idempotency-purge-it",
        IdempotencyPurgeIT.class,
        TestTenants.class,
        ApiKeyToken.class,
        Base62.class,
        PrefixedIds.class);
  }

  @Test
  void whenAKeysRetentionHasEndedThenTheTimerForgetsItAndKeepsTheOthers() throws Exception {
    String organization = TestTenants.organization("Purge");
    Instant now = Instant.now();
    insert(organization, "expired", now.minus(Duration.ofHours(25)), now.minusSeconds(1));
    insert(organization, "kept", now, now.plus(Duration.ofHours(24)));

    Instant deadline = Instant.now().plusSeconds(60);
    while (TestTenants.count(COUNT, organization, "expired") > 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }

    assertThat(TestTenants.count(COUNT, organization, "expired"), is(0L));
    assertThat(TestTenants.count(COUNT, organization, "kept"), is(1L));
  }

  private static void insert(String organization, String key, Instant created, Instant expires) {
    TestTenants.execute(
        "INSERT INTO idempotency_keys (organization_id, livemode, idempotency_key,"
            + " request_fingerprint, response_status, response_body, created_at, expires_at)"
            + " VALUES (?, FALSE, ?, 'f', 201, '{}', ?, ?)",
        organization,
        key,
        Timestamp.from(created),
        Timestamp.from(expires));
  }
}
