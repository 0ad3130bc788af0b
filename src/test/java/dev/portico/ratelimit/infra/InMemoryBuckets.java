package dev.portico.ratelimit.infra;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Buckets in a map, locked row by row as PostgresBuckets' {@code SELECT … FOR UPDATE} locks them (a
 * missing row is not locked; an inserted one starts without state), each lock taking {@code
 * latency} like a round trip, so the requests of one key overlap as they do against PostgreSQL.
 */
final class InMemoryBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

  private final Map<String, Row> rows = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Duration latency;
  private final AtomicInteger transactions = new AtomicInteger();

  InMemoryBuckets(TimeMeter time, Duration latency) {
    super(ClientSideConfig.getDefault().withClientClock(time));
    this.latency = latency;
  }

  /** Deletes every bucket, as the purge of expired buckets does. */
  void clear() {
    rows.clear();
  }

  boolean has(String key) {
    return rows.containsKey(key);
  }

  /** How many round trips were made: each transaction is one. */
  int transactions() {
    return transactions.get();
  }

  @Override
  protected SelectForUpdateBasedTransaction allocateTransaction(
      String key, Optional<Long> timeoutNanos) {
    transactions.incrementAndGet();
    ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
    return new SelectForUpdateBasedTransaction() {
      @Override
      public void begin(Optional<Long> timeoutNanos) {}

      @Override
      public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
        pause();
        lock.lock();
        Row row = rows.get(key);
        if (row == null) {
          lock.unlock();
          return LockAndGetResult.notLocked();
        }
        return LockAndGetResult.locked(row.state());
      }

      @Override
      public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
        return rows.putIfAbsent(key, new Row(null)) == null;
      }

      @Override
      public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
        rows.put(key, new Row(data));
      }

      @Override
      public void commit(Optional<Long> timeoutNanos) {}

      @Override
      public void rollback() {}

      @Override
      public void release() {
        if (lock.isHeldByCurrentThread()) {
          lock.unlock();
        }
      }
    };
  }

  @Override
  public void removeProxy(String key) {
    rows.remove(key);
  }

  private void pause() {
    if (latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A row: its state is null until the first request writes one. */
  private record Row(byte[] state) {}
}
