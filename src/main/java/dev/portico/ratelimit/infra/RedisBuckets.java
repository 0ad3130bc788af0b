package dev.portico.ratelimit.infra;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;

/**
 * The buckets in Redis, one key per credential ({@code portico:rate-limit:<credential>}) updated by
 * compare-and-swap, each expiring once every window has refilled. Commands fail at once while the
 * connection is down and after {@code timeout} otherwise, so a failing Redis never holds requests
 * up; the connection is made on first use and remade by Lettuce after a drop.
 */
public final class RedisBuckets implements AutoCloseable {

  private static final String PREFIX = "portico:rate-limit:";

  private final ClientResources resources;
  private final RedisClient client;
  private final TimeMeter time;
  private volatile StatefulRedisConnection<String, byte[]> connection;
  private volatile ProxyManager<String> buckets;

  /** {@code reconnectEvery}: how often a dropped connection is tried again. */
  public RedisBuckets(String url, Duration timeout, Duration reconnectEvery, TimeMeter time) {
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(timeout);
    this.resources =
        ClientResources.builder().reconnectDelay(Delay.constant(reconnectEvery)).build();
    this.client = RedisClient.create(resources, uri);
    this.client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(timeout))
            .build());
    this.time = time;
  }

  /** The buckets, connecting first if no connection was ever made. */
  public ProxyManager<String> buckets() {
    ProxyManager<String> made = buckets;
    if (made == null) {
      synchronized (this) {
        if (buckets == null) {
          connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
          buckets =
              Bucket4jLettuce.casBasedBuilder(connection)
                  .expirationAfterWrite(
                      ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                          Duration.ofMinutes(1)))
                  .clientClock(time)
                  .build()
                  .withMapper((String key) -> PREFIX + key);
        }
        made = buckets;
      }
    }
    return made;
  }

  @Override
  public void close() {
    if (connection != null) {
      connection.close();
    }
    client.shutdown();
    resources.shutdown();
  }
}
