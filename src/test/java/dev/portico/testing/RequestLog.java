package dev.portico.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** The requests a {@link WebhookTestReceiver} recorded, which a test waits for without polling. */
final class RequestLog {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<ReceivedRequest> requests = new ArrayList<>();

  void add(ReceivedRequest request) {
    lock.lock();
    try {
      requests.add(request);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  List<ReceivedRequest> snapshot() {
    lock.lock();
    try {
      return List.copyOf(requests);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The first {@code count} requests that are {@code wanted}, once they arrived.
   *
   * @param which what the wanted requests are, for the failure's message
   * @throws AssertionError when fewer arrived within {@code timeout}, listing every request
   */
  List<ReceivedRequest> await(
      Predicate<ReceivedRequest> wanted, String which, int count, Duration timeout) {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      List<ReceivedRequest> matching = requests.stream().filter(wanted).toList();
      while (matching.size() < count) {
        if (remaining <= 0) {
          throw new AssertionError(
              "Expected %d %s within %s, got %d: %s"
                  .formatted(count, which, timeout, matching.size(), requests));
        }
        remaining = arrived.awaitNanos(remaining);
        matching = requests.stream().filter(wanted).toList();
      }
      return matching.subList(0, count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for " + which, e);
    } finally {
      lock.unlock();
    }
  }
}
