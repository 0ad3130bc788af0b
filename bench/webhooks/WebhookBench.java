import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook benchmark's load and its limit (bench/webhooks.sh runs it; not part of Portico).
 *
 * <p>{@code portico <base-url> <key> <server-pid> <receivers> <events> <rate> <hang> [<jdbc-url>
 * <resume-command>]}: starts {@code receivers} JDK HTTP servers on loopback (TCP_NODELAY),
 * registers one endpoint each for customer.created, creates {@code events} customers through the
 * API ({@code rate} per second after five unmeasured seconds of the same, or 0 for as fast as 8
 * clients go) and waits until every receiver has every event. With {@code hang} one more
 * endpoint's receiver, added after the warm-up, never answers in time. With a JDBC URL, the
 * delivery consumers are paused: it waits until the database holds every message, runs the resume
 * command and times the deliveries alone. Prints deliveries per second (first to last arrival), the
 * commit-to-delivery latency (arrival minus the event's timestamp) of the healthy receivers, and
 * the server's CPU per delivery.
 *
 * <p>{@code limit <jdbc-url> <receivers> <messages> <threads> <payload-file> <first-port>}: the
 * same deliveries, to receivers that {@code receivers <count> <first-port>} runs in another
 * process, done by the
 * simplest durable loop: per delivery, claim a message row (FOR UPDATE SKIP LOCKED), sign and POST
 * it with java.net.http, insert the attempt and mark the message delivered, each step committed.
 */
public class WebhookBench {

  private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    switch (args[0]) {
      case "portico" -> portico(args);
      case "limit" -> limit(args);
      case "receivers" -> receivers(args);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** A receiver on loopback: counts and times what arrives, or hangs. */
  static final class Receiver {
    final HttpServer server;
    final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    /** Each arrival's {@link System#nanoTime()} and latency in microseconds. */
    final ConcurrentLinkedQueue<long[]> arrivals = new ConcurrentLinkedQueue<>();
    final AtomicInteger received = new AtomicInteger();
    final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong lastNanos = new AtomicLong();

    Receiver(boolean hang) throws IOException {
      this(hang, 0);
    }

    Receiver(boolean hang, int port) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
      server.setExecutor(Executors.newFixedThreadPool(hang ? 64 : 8));
      server.createContext(
          "/",
          exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
              body = in.readAllBytes();
            }
            long now = System.nanoTime();
            if (hang) {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            } else {
              Matcher t = TIMESTAMP.matcher(new String(body, StandardCharsets.UTF_8));
              if (t.find()) {
                long micros =
                    Duration.between(Instant.parse(t.group(1)), Instant.now()).toNanos() / 1000;
                latenciesMicros.add(micros);
                arrivals.add(new long[] {now, micros});
              }
              received.incrementAndGet();
              firstNanos.accumulateAndGet(now, Math::min);
              lastNanos.accumulateAndGet(now, Math::max);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();
    }

    void reset() {
      latenciesMicros.clear();
      arrivals.clear();
      received.set(0);
      firstNanos.set(Long.MAX_VALUE);
      lastNanos.set(0);
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }
  }

  static void portico(String[] args) throws Exception {
    String base = args[1];
    String key = args[2];
    long pid = Long.parseLong(args[3]);
    int receivers = Integer.parseInt(args[4]);
    int events = Integer.parseInt(args[5]);
    int rate = Integer.parseInt(args[6]);
    boolean hang = Boolean.parseBoolean(args[7]);
    String queuedIn = args.length > 9 ? args[8] : null;
    String resume = args.length > 9 ? args[9] : null;
    List<Receiver> healthy = new ArrayList<>();
    List<String> endpoints = new ArrayList<>();
    for (int i = 0; i < receivers; i++) {
      Receiver r = new Receiver(false);
      healthy.add(r);
      endpoints.add(endpoint(base, key, r.url()));
    }
    if (rate > 0) {
      // Five seconds of the same load first, unmeasured: this JVM, its receivers and their
      // connections warm up, so the figures are the steady state's.
      post(base, key, rate * 5, rate);
      awaitArrivals(healthy, (long) rate * 5 * receivers);
      healthy.forEach(Receiver::reset);
    }
    Receiver hanging = null;
    if (hang) {
      hanging = new Receiver(true);
      endpoints.add(endpoint(base, key, hanging.url()));
    }
    long cpuBefore = cpuTicks(pid);
    long start = System.nanoTime();
    post(base, key, events, rate);
    long posted = System.nanoTime();
    long expected = (long) events * receivers;
    if (queuedIn != null) {
      // Every message waits in the database and the paused queue: time the delivery alone.
      awaitPending(queuedIn, expected);
      cpuBefore = cpuTicks(pid);
      new ProcessBuilder("bash", "-c", resume).inheritIO().start().waitFor();
    }
    awaitArrivals(healthy, expected);
    long cpuAfter = cpuTicks(pid);
    long first = healthy.stream().mapToLong(r -> r.firstNanos.get()).min().orElseThrow();
    long last = healthy.stream().mapToLong(r -> r.lastNanos.get()).max().orElseThrow();
    List<Long> latencies = new ArrayList<>();
    healthy.forEach(r -> latencies.addAll(r.latenciesMicros));
    latencies.sort(Long::compare);
    double seconds = (last - first) / 1e9;
    long ticksPerSecond = 100;
    double cpuMicrosPerDelivery = (cpuAfter - cpuBefore) * 1e6 / ticksPerSecond / expected;
    System.out.printf(
        "deliveries=%d seconds=%.2f per_second=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
            + " server_cpu_us_per_delivery=%.0f posting_seconds=%.2f%n",
        expected,
        seconds,
        expected / seconds,
        percentile(latencies, 50) / 1000.0,
        percentile(latencies, 99) / 1000.0,
        latencies.get(latencies.size() - 1) / 1000.0,
        cpuMicrosPerDelivery,
        (posted - start) / 1e9);
    printSlowestBySecond(healthy, start, percentile(latencies, 99));
    for (String id : endpoints) {
      CLIENT.send(
          authorized(base + "/api/v1/webhook-endpoints/" + id, key).DELETE().build(),
          HttpResponse.BodyHandlers.discarding());
    }
    healthy.forEach(r -> r.server.stop(0));
    if (hanging != null) {
      hanging.server.stop(0);
    }
    System.exit(0);
  }

  static void awaitArrivals(List<Receiver> healthy, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (healthy.stream().mapToLong(r -> r.received.get()).sum() < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + healthy.stream().mapToLong(r -> r.received.get()).sum() + " of " + expected);
      }
      Thread.sleep(50);
    }
  }

  /** Waits until the relay has made all {@code expected} messages, none of them attempted. */
  static void awaitPending(String jdbcUrl, long expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
        PreparedStatement pending =
            db.prepareStatement(
                "SELECT count(*) FROM webhook_messages WHERE status = 'pending' AND attempts = 0")) {
      while (true) {
        try (ResultSet count = pending.executeQuery()) {
          count.next();
          if (count.getLong(1) >= expected) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the relay made too few messages");
        }
        Thread.sleep(200);
      }
    }
  }

  /**
   * On stderr, when the slowest 1 % arrived: per 5 s since the load began, how many deliveries
   * took at least the p99, and their worst.
   */
  static void printSlowestBySecond(List<Receiver> healthy, long start, long p99Micros) {
    java.util.TreeMap<Long, long[]> buckets = new java.util.TreeMap<>();
    for (Receiver r : healthy) {
      for (long[] arrival : r.arrivals) {
        if (arrival[1] >= p99Micros) {
          long[] bucket =
              buckets.computeIfAbsent((arrival[0] - start) / 5_000_000_000L * 5, k -> new long[2]);
          bucket[0]++;
          bucket[1] = Math.max(bucket[1], arrival[1]);
        }
      }
    }
    StringBuilder line = new StringBuilder("slowest 1% by arrival (s: count/worst ms):");
    buckets.forEach(
        (second, b) -> line.append(' ').append(second).append(": ").append(b[0]).append('/')
            .append(b[1] / 1000));
    System.err.println(line);
  }

  static String endpoint(String base, String key, String url) throws Exception {
    HttpResponse<String> created =
        CLIENT.send(
            authorized(base + "/api/v1/webhook-endpoints", key)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"" + url + "\",\"enabled_events\":[\"customer.created\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("endpoint not created: " + created.body());
    }
    Matcher id = Pattern.compile("\"id\":\"(whep_[0-9A-Za-z]+)\"").matcher(created.body());
    id.find();
    return id.group(1);
  }

  static void post(String base, String key, int events, int rate) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    CountDownLatch done = new CountDownLatch(8);
    for (int c = 0; c < 8; c++) {
      clients.execute(
          () -> {
            try {
              int n;
              while ((n = next.getAndIncrement()) < events) {
                if (rate > 0) {
                  long due = start + (long) (n * 1e9 / rate);
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                  }
                }
                HttpResponse<Void> created =
                    CLIENT.send(
                        authorized(base + "/api/v1/customers", key)
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"name\":\"Bench customer " + n + "\"}"))
                            .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (created.statusCode() != 201) {
                  failed.incrementAndGet();
                }
              }
            } catch (Exception e) {
              failed.incrementAndGet();
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
    clients.shutdown();
    if (failed.get() > 0) {
      throw new IllegalStateException(failed.get() + " customers not created");
    }
  }

  static HttpRequest.Builder authorized(String url, String key) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key);
  }

  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
  }

  /** {@code receivers <count> <first-port>}: the limit's receivers, in a process of their own. */
  static void receivers(String[] args) throws Exception {
    int count = Integer.parseInt(args[1]);
    int firstPort = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      new Receiver(false, firstPort + i);
    }
    System.out.println("receiving on " + firstPort + "-" + (firstPort + count - 1));
    Thread.currentThread().join();
  }

  static void limit(String[] args) throws Exception {
    String url = args[1];
    int receivers = Integer.parseInt(args[2]);
    int messages = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    String payload = Files.readString(Path.of(args[5]));
    int firstPort = Integer.parseInt(args[6]);
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < receivers; i++) {
      targets.add("http://127.0.0.1:" + (firstPort + i) + "/hook");
    }
    try (Connection db = DriverManager.getConnection(url, "postgres", "");
        Statement ddl = db.createStatement()) {
      ddl.execute("DROP TABLE IF EXISTS limit_attempts, limit_messages");
      ddl.execute(
          "CREATE TABLE limit_messages (id VARCHAR(32) PRIMARY KEY, endpoint INTEGER NOT NULL,"
              + " payload VARCHAR(1000000) NOT NULL, status VARCHAR(16) NOT NULL,"
              + " attempts INTEGER NOT NULL, next_attempt_at TIMESTAMP)");
      ddl.execute(
          "CREATE INDEX limit_messages_due ON limit_messages (status, next_attempt_at)");
      ddl.execute(
          "CREATE TABLE limit_attempts (id VARCHAR(32) PRIMARY KEY, message_id VARCHAR(32) NOT"
              + " NULL REFERENCES limit_messages (id), attempted_at TIMESTAMP NOT NULL,"
              + " duration_ms BIGINT NOT NULL, response_status INTEGER)");
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO limit_messages VALUES (?, ?, ?, 'pending', 0, now())")) {
        for (int i = 0; i < messages; i++) {
          insert.setString(1, "msg_" + i);
          insert.setInt(2, i % receivers);
          insert.setString(3, payload);
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      ddl.execute("ANALYZE limit_messages");
    }
    byte[] secret = new byte[32];
    long cpuBefore = cpuTicks(ProcessHandle.current().pid());
    long start = System.nanoTime();
    AtomicInteger delivered = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      new Thread(
              () -> {
                try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                  db.setAutoCommit(false);
                  PreparedStatement claim =
                      db.prepareStatement(
                          "SELECT id, endpoint, payload FROM limit_messages WHERE status ="
                              + " 'pending' AND next_attempt_at <= now() LIMIT 1 FOR UPDATE SKIP"
                              + " LOCKED");
                  PreparedStatement lease =
                      db.prepareStatement(
                          "UPDATE limit_messages SET next_attempt_at = now() + interval '60"
                              + " seconds' WHERE id = ?");
                  PreparedStatement attempt =
                      db.prepareStatement(
                          "INSERT INTO limit_attempts VALUES (?, ?, now(), ?, ?)");
                  PreparedStatement settle =
                      db.prepareStatement(
                          "UPDATE limit_messages SET status = 'succeeded', attempts = attempts + 1,"
                              + " next_attempt_at = NULL WHERE id = ?");
                  Mac mac = Mac.getInstance("HmacSHA256");
                  mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                  while (true) {
                    String id;
                    int endpoint;
                    String body;
                    try (ResultSet row = claim.executeQuery()) {
                      if (!row.next()) {
                        db.commit();
                        break;
                      }
                      id = row.getString(1);
                      endpoint = row.getInt(2);
                      body = row.getString(3);
                    }
                    lease.setString(1, id);
                    lease.executeUpdate();
                    db.commit();
                    long timestamp = Instant.now().getEpochSecond();
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
                    String signature = Base64.getEncoder().encodeToString(mac.doFinal(bytes));
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> answer =
                        CLIENT.send(
                            HttpRequest.newBuilder(URI.create(targets.get(endpoint)))
                                .header("Content-Type", "application/json")
                                .header("webhook-id", id)
                                .header("webhook-timestamp", Long.toString(timestamp))
                                .header("webhook-signature", "v1," + signature)
                                .timeout(Duration.ofSeconds(15))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    attempt.setString(1, "atmpt_" + id);
                    attempt.setString(2, id);
                    attempt.setLong(3, (System.nanoTime() - sent) / 1_000_000);
                    attempt.setInt(4, answer.statusCode());
                    attempt.executeUpdate();
                    settle.setString(1, id);
                    settle.executeUpdate();
                    db.commit();
                    delivered.incrementAndGet();
                  }
                } catch (Exception e) {
                  e.printStackTrace();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    long end = System.nanoTime();
    long cpuAfter = cpuTicks(ProcessHandle.current().pid());
    if (delivered.get() != messages) {
      throw new IllegalStateException(delivered.get() + " of " + messages + " delivered");
    }
    System.out.printf(
        "deliveries=%d threads=%d seconds=%.2f per_second=%.0f loop_cpu_us_per_delivery=%.0f%n",
        messages,
        threads,
        (end - start) / 1e9,
        messages / ((end - start) / 1e9),
        (cpuAfter - cpuBefore) * 1e6 / 100 / messages);
    System.exit(0);
  }
}
