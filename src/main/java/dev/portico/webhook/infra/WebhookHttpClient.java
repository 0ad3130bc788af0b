package dev.portico.webhook.infra;

import dev.portico.webhook.domain.DeliveryOutcome;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * Posts a webhook to a receiver and reports what came of it, within a hard deadline, following no
 * redirect and connecting only to addresses webhooks may reach.
 */
public final class WebhookHttpClient implements AutoCloseable {

  /** How Portico's deliveries introduce themselves. */
  public static final String USER_AGENT = "Portico-Webhooks/1";

  private static final ContentType JSON = ContentType.create("application/json");

  // Framing is the client's business; a caller's value would corrupt the message.
  private static final Set<String> OWN_HEADERS =
      Set.of("host", "content-length", "transfer-encoding", "connection");

  private final WebhookHttpSettings settings;
  private final CloseableHttpClient http;
  private final ScheduledExecutorService deadlines;
  private final boolean ownsDeadlines;

  /** A client with its own deadline thread. */
  public WebhookHttpClient(WebhookHttpSettings settings) {
    this(settings, SystemDefaultDnsResolver.INSTANCE, deadlineThread(), true);
  }

  /** A client that keeps its deadlines on the caller's scheduler (a managed one, in the server). */
  public WebhookHttpClient(WebhookHttpSettings settings, ScheduledExecutorService deadlines) {
    this(settings, SystemDefaultDnsResolver.INSTANCE, deadlines, false);
  }

  WebhookHttpClient(
      WebhookHttpSettings settings,
      DnsResolver dns,
      ScheduledExecutorService deadlines,
      boolean ownsDeadlines) {
    this.settings = Objects.requireNonNull(settings, "settings are required");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines are required");
    this.ownsDeadlines = ownsDeadlines;
    this.http =
        ApacheClientFactory.create(
            settings, new GuardedDnsResolver(dns, settings.allowPrivateTargets()), USER_AGENT);
  }

  /**
   * Posts {@code body} with {@code headers} to {@code url}. Never throws for trouble on the network
   * or at the receiver: that is the outcome's error. A receiver whose status line and headers came
   * within the deadline has answered, even if the deadline then cuts its body short.
   */
  public DeliveryOutcome post(URI url, Map<String, String> headers, byte[] body) {
    Objects.requireNonNull(url, "url is required");
    Objects.requireNonNull(headers, "headers are required");
    Objects.requireNonNull(body, "body is required");
    HttpPost request = new HttpPost(url);
    headers.forEach(
        (name, value) -> {
          if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the client sets " + name + " itself");
          }
          request.addHeader(name, value);
        });
    request.setEntity(new ByteArrayEntity(body, JSON));

    long start = System.nanoTime();
    AtomicBoolean deadlinePassed = new AtomicBoolean();
    // Socket timeouts bound each read, not the whole: a receiver trickling a byte at a time would
    // hold the attempt forever. Cancelling closes the connection, whatever it is waiting for.
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            () -> {
              deadlinePassed.set(true);
              request.cancel();
            },
            settings.totalTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      ClassicHttpResponse response = http.executeOpen(null, request, HttpClientContext.create());
      if (deadlinePassed.get()) {
        // Cancelling cannot cut name resolution short; an answer begun after the deadline is late.
        request.cancel();
        closeQuietly(response);
        return DeliveryFailures.deadline(url, settings, elapsedMillis(start));
      }
      return answer(request, response, start);
    } catch (IOException e) {
      return DeliveryFailures.of(e, url, deadlinePassed.get(), settings, elapsedMillis(start));
    } catch (RuntimeException e) {
      // A cancel that lands mid-connect leaves HttpClient's exchange without its connection, and it
      // says so with an IllegalStateException; without a cancel, this is a bug and must surface.
      if (!deadlinePassed.get()) {
        throw e;
      }
      return DeliveryFailures.deadline(url, settings, elapsedMillis(start));
    } finally {
      deadline.cancel(false);
    }
  }

  private DeliveryOutcome answer(HttpPost request, ClassicHttpResponse response, long start) {
    BodyExcerpt excerpt = BodyExcerpt.read(response.getEntity(), DeliveryOutcome.EXCERPT_LIMIT);
    if (!excerpt.complete()) {
      // Closing the response would drain the rest of the body; dropping the connection does not.
      request.cancel();
    }
    closeQuietly(response);
    Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
    return DeliveryOutcome.answered(
        response.getCode(),
        elapsedMillis(start),
        excerpt.text(),
        RetryAfterHeader.parse(retryAfter == null ? null : retryAfter.getValue(), Instant.now()));
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The connection is already gone; the answer has been read.
    }
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static ScheduledExecutorService deadlineThread() {
    return Executors.newSingleThreadScheduledExecutor(
        task -> {
          Thread thread = new Thread(task, "portico-webhook-deadlines");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Closes the pooled connections and, if it is the client's own, the deadline thread. */
  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
    if (ownsDeadlines) {
      deadlines.shutdownNow();
    }
  }
}
