package dev.portico.ratelimit;

import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.time.PorticoClock;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.infra.BackendState;
import dev.portico.ratelimit.infra.BucketStore;
import dev.portico.ratelimit.infra.EpochTimeMeter;
import dev.portico.ratelimit.infra.FallbackBucketStore;
import dev.portico.ratelimit.infra.LocalBucketStore;
import dev.portico.ratelimit.infra.PostgresBuckets;
import dev.portico.ratelimit.infra.ProxyBucketStore;
import dev.portico.ratelimit.infra.RateLimitMetrics;
import dev.portico.ratelimit.infra.RedisBuckets;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Counts each credential's requests against its limits, in the backend the configuration names; a
 * shared backend has this server's memory behind it for when it fails.
 */
@ApplicationScoped
public class RateLimitService {

  private static final int PURGE_BATCH = 1_000;
  private static final String RATE_LIMIT_DATA_SOURCE = "jdbc/portico-rate-limits";

  @Inject RateLimitConfig config;
  @Inject RateLimitMetrics metrics;

  private RateLimiter limiter;
  private FallbackBucketStore shared;
  private ExpiredEntriesCleaner expiredBuckets;
  private RedisBuckets redis;
  private Optional<RateLimitTier> anonymousTier;

  @PostConstruct
  void create() {
    anonymousTier = config.anonymousTier();
    Clock clock = PorticoClock.UTC_MILLIS;
    TimeMeter time = new EpochTimeMeter(clock);
    LocalBucketStore local = new LocalBucketStore(time, config.localBuckets());
    BucketStore store = local;
    ProxyBucketStore remote =
        switch (config.backend()) {
          case LOCAL -> null;
          case POSTGRESQL -> {
            var postgres = PostgresBuckets.in(rateLimitDataSource(), time);
            expiredBuckets = postgres;
            yield new ProxyBucketStore(() -> postgres, config.sharedCountSync(), time);
          }
          case REDIS -> {
            redis =
                new RedisBuckets(
                    config.redisUrl(), config.redisTimeout(), config.backendRetry(), time);
            yield new ProxyBucketStore(redis::buckets, config.sharedCountSync(), time);
          }
        };
    if (remote != null) {
      shared =
          new FallbackBucketStore(
              remote, local, config.onBackendFailure(), clock, config.backendRetry(), metrics);
      store = shared;
    }
    limiter = new RateLimiter(store, clock);
    metrics.watchBackend(this::sharedBackendState);
  }

  /** Only the PostgreSQL configuration defines it: see db-postgresql.xml. */
  private static DataSource rateLimitDataSource() {
    try {
      return InitialContext.doLookup(RATE_LIMIT_DATA_SOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException(
          "portico.rate-limits.backend=postgresql needs Portico on PostgreSQL"
              + " (PORTICO_DB_KIND=postgresql), which defines "
              + RATE_LIMIT_DATA_SOURCE,
          e);
    }
  }

  @PreDestroy
  void close() {
    if (redis != null) {
      redis.close();
    }
  }

  public boolean enabled() {
    return config.enabled();
  }

  public RateLimitBackend backend() {
    return config.backend();
  }

  /** The shared backend's state; empty when buckets live in this server's memory. */
  public Optional<BackendState> sharedBackendState() {
    return Optional.ofNullable(shared).map(FallbackBucketStore::state);
  }

  /** Whether requests are refused, rather than counted locally, while the backend fails. */
  public boolean refusesWhileBackendFails() {
    return shared != null && shared.onFailure() == FallbackBucketStore.OnFailure.REFUSE;
  }

  /** Deletes the shared backend's expired buckets; how many. */
  public int purgeExpiredBuckets() {
    if (expiredBuckets == null) {
      return 0;
    }
    int total = 0;
    int purged;
    do {
      purged = expiredBuckets.removeExpired(PURGE_BATCH);
      total += purged;
    } while (purged == PURGE_BATCH);
    return total;
  }

  /** The budget of a request without a credential from {@code address}, unless those are free. */
  public Optional<RateLimitSubject> anonymous(String address) {
    return anonymousTier.map(tier -> RateLimitSubject.anonymous(address, tier));
  }

  public RateLimitDecision consume(RateLimitSubject subject) {
    RateLimitDecision decision = limiter.consume(subject);
    metrics.decided(decision);
    return decision;
  }

  public RateLimitDecision peek(RateLimitSubject subject) {
    return limiter.peek(subject);
  }
}
