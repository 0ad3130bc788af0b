package dev.portico.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.InContainer;
import dev.portico.testing.TestTenants;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The purge timer of the shared rate-limit backend on the real server, whose schedule the test run
 * sets to every 5 s ({@code PORTICO_RATE_LIMITS_BUCKET_PURGE} in bin/test; hourly by default): an
 * expired bucket is deleted, one still in use is kept. PostgreSQL only, where the PostgreSQL pass
 * counts rate limits.
 */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
class RateLimitBucketPurgeIT {

  private static final String BUCKETS = "SELECT count(*) FROM rate_limit_buckets WHERE id = ?";

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "rate-limit-bucket-purge-it", RateLimitBucketPurgeIT.class, TestTenants.class);
  }

  @Test
  void whenTheTimerRunsThenExpiredBucketsAreDeletedAndLiveOnesKept() throws InterruptedException {
    long now = Instant.now().toEpochMilli();
    String expired = "key:purge-expired-" + now;
    String live = "key:purge-live-" + now;
    TestTenants.execute(
        "INSERT INTO rate_limit_buckets (id, state, expires_at) VALUES (?, ?, ?)",
        expired,
        new byte[] {1},
        now - Duration.ofMinutes(1).toMillis());
    TestTenants.execute(
        "INSERT INTO rate_limit_buckets (id, state, expires_at) VALUES (?, ?, ?)",
        live,
        new byte[] {1},
        now + Duration.ofDays(1).toMillis());

    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (TestTenants.count(BUCKETS, expired) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }

    assertThat(TestTenants.count(BUCKETS, expired), is(0L));
    assertThat(TestTenants.count(BUCKETS, live), is(1L));
  }
}
