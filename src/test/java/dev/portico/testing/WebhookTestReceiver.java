package dev.portico.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A partner's webhook endpoint on 127.0.0.1 and a port of its own: records every request and
 * answers as the test scripts it (204 unless told otherwise). Each name is an endpoint at {@code
 * /hooks/<name>}; other paths answer 404, recorded too.
 */
public final class WebhookTestReceiver implements AutoCloseable {

  static {
    // Without it the JDK's server leaves Nagle's algorithm on: an answer with a body waits for the
    // client's delayed ACK, about 40 ms on loopback. Read once, by the first server made (the pom
    // sets it for the test JVMs, in case another test made one first).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public static final String DEFAULT_NAME = "endpoint";
  private static final String HOOKS = "/hooks/";

  /** Enough for the concurrent deliveries a test makes, hanging ones included; idle ones end. */
  private static final int MAX_THREADS = 64;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final RequestLog log = new RequestLog();
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<WebhookAnswer> scripted = new ArrayDeque<>();
  private Function<ReceivedRequest, WebhookAnswer> otherwise = request -> WebhookAnswer.status(204);
  private final AtomicBoolean closed = new AtomicBoolean();

  private WebhookTestReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open a port for the webhook receiver", e);
    }
    AtomicInteger threads = new AtomicInteger();
    String prefix = "webhook-test-receiver-" + server.getAddress().getPort() + "-";
    executor =
        new ThreadPoolExecutor(
            MAX_THREADS,
            MAX_THREADS,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, prefix + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** A receiver listening already; close it when the test ends. */
  public static WebhookTestReceiver start() {
    WebhookTestReceiver receiver = new WebhookTestReceiver();
    receiver.server.start();
    return receiver;
  }

  /** {@code http://127.0.0.1:<port>/hooks/endpoint}. */
  public String url() {
    return url(DEFAULT_NAME);
  }

  /** {@code http://127.0.0.1:<port>/hooks/<name>}: another endpoint on the same receiver. */
  public String url(String name) {
    if (!name.matches("[A-Za-z0-9._~-]+")) {
      throw new IllegalArgumentException("an endpoint name is one path segment: " + name);
    }
    return "http://127.0.0.1:" + server.getAddress().getPort() + HOOKS + name;
  }

  /** Answers the next requests (to any endpoint) with these, in order, before anything else. */
  public void enqueue(WebhookAnswer... answers) {
    lock.lock();
    try {
      scripted.addAll(List.of(answers));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Enqueues {@code times} answers of {@code status}: the requests after them are answered as
   * otherwise (204 unless {@link #answerWith} says else).
   */
  public void failTimes(int times, int status) {
    enqueue(Collections.nCopies(times, WebhookAnswer.status(status)).toArray(WebhookAnswer[]::new));
  }

  /** How to answer once the enqueued answers are used up (by default 204 to everything). */
  public void answerWith(Function<ReceivedRequest, WebhookAnswer> answers) {
    lock.lock();
    try {
      otherwise = answers;
    } finally {
      lock.unlock();
    }
  }

  /** Every request so far, in the order they arrived. */
  public List<ReceivedRequest> received() {
    return log.snapshot();
  }

  /**
   * The first {@code count} requests (to any path), waiting up to {@code timeout} for them.
   *
   * @throws AssertionError when fewer arrived in time, listing those that did
   */
  public List<ReceivedRequest> awaitRequests(int count, Duration timeout) {
    return log.await(request -> true, "requests", count, timeout);
  }

  /** The first {@code count} requests to {@link #url(String) url(name)}, as above. */
  public List<ReceivedRequest> awaitRequests(String name, int count, Duration timeout) {
    return log.await(
        request -> name.equals(request.name()), "requests to " + url(name), count, timeout);
  }

  /** Stops listening and ends every request still waiting, unanswered. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // Interrupts the hanging answers first, so that the server has nothing left to wait for.
    executor.shutdownNow();
    server.stop(0);
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) {
    try {
      ReceivedRequest request = record(exchange);
      WebhookAnswer answer = request.name() == null ? WebhookAnswer.status(404) : next(request);
      if (!answer.delay().isZero()) {
        Thread.sleep(answer.delay().toMillis());
      }
      send(exchange, answer);
    } catch (InterruptedException e) {
      // Closed while hanging: the connection closes below without an answer.
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up first (its timeout, a hanging answer): nothing to answer any more.
    } finally {
      exchange.close();
    }
  }

  private ReceivedRequest record(HttpExchange exchange) throws IOException {
    Instant arrivedAt = Instant.now();
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, List<String>> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    URI uri = exchange.getRequestURI();
    String path = uri.getRawPath();
    String name =
        path.startsWith(HOOKS)
                && path.length() > HOOKS.length()
                && path.indexOf('/', HOOKS.length()) < 0
            ? path.substring(HOOKS.length())
            : null;
    ReceivedRequest request =
        new ReceivedRequest(
            name,
            exchange.getRequestMethod(),
            uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(),
            headers,
            body,
            arrivedAt);
    log.add(request);
    return request;
  }

  private WebhookAnswer next(ReceivedRequest request) {
    Function<ReceivedRequest, WebhookAnswer> answers;
    lock.lock();
    try {
      WebhookAnswer next = scripted.poll();
      if (next != null) {
        return next;
      }
      answers = otherwise;
    } finally {
      lock.unlock();
    }
    try {
      return answers.apply(request);
    } catch (RuntimeException e) {
      return WebhookAnswer.status(500).withBody("the test's answer failed: " + e);
    }
  }

  private static void send(HttpExchange exchange, WebhookAnswer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach(exchange.getResponseHeaders()::add);
    if (body.length > 0 && !exchange.getResponseHeaders().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
    }
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }
}
