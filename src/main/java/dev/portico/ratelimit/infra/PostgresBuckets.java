package dev.portico.ratelimit.infra;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The buckets in Portico's own PostgreSQL database, table {@code rate_limit_buckets}: each request
 * locks its credential's row ({@code SELECT … FOR UPDATE}), so counts are exact across servers.
 */
public final class PostgresBuckets {

  private PostgresBuckets() {}

  public static PostgreSQLSelectForUpdateBasedProxyManager<String> in(
      DataSource dataSource, TimeMeter time) {
    return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table("rate_limit_buckets")
        .idColumn("id")
        .stateColumn("state")
        .expiresAtColumn("expires_at")
        .expirationAfterWrite(
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                Duration.ofMinutes(1)))
        .clientClock(time)
        .build();
  }
}
