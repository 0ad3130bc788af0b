package dev.portico.webhook.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.portico.webhook.domain.DeliveryErrorKind;
import dev.portico.webhook.domain.DeliveryOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookHttpClientTest {

  private static final WebhookHttpSettings LOCAL =
      WebhookHttpSettings.defaults()
          .withAllowPrivateTargets(true)
          .withTotalTimeout(Duration.ofSeconds(1));
  private static final byte[] EVENT =
      "{\"id\":\"evt_1\",\"type\":\"webhook.test\",\"data\":{\"object\":{\"ü\":\"€\"}}}"
          .getBytes(StandardCharsets.UTF_8);

  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();
  private ExecutorService handlers;
  private HttpServer server;
  private WebhookHttpClient client;

  @BeforeAll
  static void sendResponsesWithoutDelay() {
    // Without it the JDK server's small writes wait on Nagle's algorithm.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  @BeforeEach
  void startServer() throws IOException {
    handlers = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.start();
  }

  @AfterEach
  void stop() {
    released.countDown();
    if (client != null) {
      client.close();
    }
    server.stop(0);
    handlers.shutdownNow();
  }

  @Test
  void whenReceiverAnswers2xxThenHeadersAndBodyArriveExactly() throws Exception {
    AtomicReference<HttpExchange> seen = new AtomicReference<>();
    AtomicReference<byte[]> body = new AtomicReference<>();
    handle(
        "/hooks",
        exchange -> {
          seen.set(exchange);
          body.set(exchange.getRequestBody().readAllBytes());
          respond(exchange, 202, "accepted ✓".getBytes(StandardCharsets.UTF_8));
        });
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome =
        client.post(
            url("/hooks?token=abc"),
            Map.of(
                "webhook-id", "msg_2x9",
                "webhook-timestamp", "1767225600",
                "webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="),
            EVENT);

    assertThat(outcome.status(), is(202));
    assertThat(outcome.succeeded(), is(true));
    assertThat(outcome.responseExcerpt(), is("accepted ✓"));
    assertThat(outcome.errorKind(), is(nullValue()));
    assertThat(outcome.retryAfter(), is(nullValue()));
    HttpExchange exchange = seen.get();
    assertThat(exchange.getRequestMethod(), is("POST"));
    assertThat(exchange.getRequestURI().toString(), is("/hooks?token=abc"));
    assertThat(exchange.getRequestHeaders().getFirst("webhook-id"), is("msg_2x9"));
    assertThat(exchange.getRequestHeaders().getFirst("webhook-timestamp"), is("1767225600"));
    assertThat(
        exchange.getRequestHeaders().getFirst("webhook-signature"),
        is("v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="));
    assertThat(exchange.getRequestHeaders().getFirst("Content-Type"), is("application/json"));
    assertThat(exchange.getRequestHeaders().getFirst("User-Agent"), is("Portico-Webhooks/1"));
    assertThat(exchange.getRequestHeaders().containsKey("Accept-Encoding"), is(false));
    assertThat(exchange.getRequestHeaders().containsKey("Cookie"), is(false));
    assertThat(Arrays.equals(body.get(), EVENT), is(true));
  }

  @Test
  void whenErrorBodyIsOneMebibyteThenOnlyFourKibibytesAreKept() {
    byte[] huge = new byte[1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    handle("/", exchange -> respond(exchange, 500, huge));
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome = client.post(url("/"), Map.of(), EVENT);

    assertThat(outcome.status(), is(500));
    assertThat(outcome.succeeded(), is(false));
    assertThat(outcome.responseExcerpt(), is("x".repeat(4096)));
    assertThat(outcome.durationMillis(), lessThan(500L));
  }

  @Test
  void whenBodyNeverEndsThenTheExcerptComesWithoutWaitingForTheRest() {
    handle(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write(new byte[8192]);
          out.flush();
          awaitRelease();
        });
    client = new WebhookHttpClient(LOCAL.withTotalTimeout(Duration.ofSeconds(10)));

    DeliveryOutcome outcome = client.post(url("/"), Map.of(), EVENT);

    assertThat(outcome.status(), is(200));
    assertThat(outcome.responseExcerpt().length(), is(4096));
    assertThat(outcome.durationMillis(), lessThan(1000L));
  }

  @Test
  void whenReceiverRedirectsThenThe3xxIsTheAnswer() {
    AtomicInteger followed = new AtomicInteger();
    handle(
        "/old",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/new");
          respond(exchange, 302, new byte[0]);
        });
    handle(
        "/new",
        exchange -> {
          followed.incrementAndGet();
          respond(exchange, 200, new byte[0]);
        });
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome = client.post(url("/old"), Map.of(), EVENT);

    assertThat(outcome.status(), is(302));
    assertThat(outcome.succeeded(), is(false));
    assertThat(followed.get(), is(0));
  }

  @Test
  void whenReceiverAsksToRetryLaterThenTheDelayIsRead() {
    handle(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Retry-After", "30");
          respond(exchange, 503, "busy".getBytes(StandardCharsets.UTF_8));
        });
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome = client.post(url("/"), Map.of(), EVENT);

    assertThat(outcome.status(), is(503));
    assertThat(outcome.retryAfter(), is(Duration.ofSeconds(30)));
  }

  @Test
  void whenReceiverHangsThenTheAttemptIsCutAtTheTotalTimeout() {
    handle("/", exchange -> awaitRelease());
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome = client.post(url("/"), Map.of(), EVENT);

    assertThat(outcome.status(), is(nullValue()));
    assertThat(outcome.errorKind(), is(DeliveryErrorKind.TIMEOUT));
    assertThat(outcome.errorDetail(), containsString("within 1 s"));
    assertThat(outcome.durationMillis(), greaterThanOrEqualTo(1000L));
    assertThat(outcome.durationMillis(), lessThan(1500L));
  }

  @Test
  void whenReceiverTricklesItsHeadersThenTheDeadlineStillCutsIt() throws IOException {
    // Each byte comes well within the socket timeout; only the deadline on the whole ends it.
    ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    handlers.submit(
        () -> {
          try (raw;
              var socket = raw.accept()) {
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50 && released.getCount() > 0; i++) {
              out.write('.');
              out.flush();
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException e) {
            // The client hung up, as it should.
          }
          return null;
        });
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome =
        client.post(URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/"), Map.of(), EVENT);

    assertThat(outcome.errorKind(), is(DeliveryErrorKind.TIMEOUT));
    assertThat(outcome.durationMillis(), greaterThanOrEqualTo(1000L));
    assertThat(outcome.durationMillis(), lessThan(1500L));
  }

  @Test
  void whenBodyTricklesPastTheDeadlineThenTheAnswerKeepsWhatArrived() {
    handle(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          for (int i = 0; i < 50 && released.getCount() > 0; i++) {
            out.write('.');
            out.flush();
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        });
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome = client.post(url("/"), Map.of(), EVENT);

    assertThat(outcome.status(), is(200));
    assertThat(outcome.responseExcerpt(), startsWith("......."));
    assertThat(outcome.durationMillis(), greaterThanOrEqualTo(1000L));
    assertThat(outcome.durationMillis(), lessThan(1500L));
  }

  @Test
  void whenNameResolutionOutlastsTheDeadlineThenALaterAnswerIsATimeout() {
    handle("/", exchange -> respond(exchange, 200, new byte[0]));
    DnsResolver slow =
        new DnsResolver() {
          @Override
          public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
              Thread.sleep(1200);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
          }

          @Override
          public String resolveCanonicalHostname(String host) {
            return host;
          }
        };
    client = new WebhookHttpClient(LOCAL, slow, Executors.newSingleThreadScheduledExecutor(), true);

    DeliveryOutcome outcome =
        client.post(
            URI.create("http://slow.example:" + server.getAddress().getPort() + "/"),
            Map.of(),
            EVENT);

    assertThat(outcome.errorKind(), is(DeliveryErrorKind.TIMEOUT));
    assertThat(outcome.durationMillis(), greaterThanOrEqualTo(1200L));
  }

  @Test
  void whenNothingListensThenConnectionIsRefused() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome =
        client.post(URI.create("http://127.0.0.1:" + port + "/"), Map.of(), EVENT);

    assertThat(outcome.errorKind(), is(DeliveryErrorKind.CONNECTION_REFUSED));
    assertThat(outcome.errorDetail(), is("connection refused by 127.0.0.1:" + port));
  }

  @Test
  void whenHostDoesNotResolveThenDns() {
    client = new WebhookHttpClient(LOCAL);

    DeliveryOutcome outcome =
        client.post(URI.create("https://nothing.invalid/hooks"), Map.of(), EVENT);

    assertThat(outcome.errorKind(), is(DeliveryErrorKind.DNS));
    assertThat(outcome.errorDetail(), is("host does not resolve: nothing.invalid"));
  }

  @Test
  void whenPrivateTargetsAreRefusedThenLoopbackIsBlockedBeforeAnyRequest() {
    handle("/", exchange -> respond(exchange, 200, new byte[0]));
    client = new WebhookHttpClient(LOCAL.withAllowPrivateTargets(false));
    int port = server.getAddress().getPort();

    DeliveryOutcome byAddress =
        client.post(URI.create("http://127.0.0.1:" + port + "/"), Map.of(), EVENT);
    DeliveryOutcome byName =
        client.post(URI.create("http://localhost:" + port + "/"), Map.of(), EVENT);

    assertThat(byAddress.errorKind(), is(DeliveryErrorKind.BLOCKED_TARGET));
    assertThat(
        byAddress.errorDetail(),
        is("127.0.0.1 is a loopback address (127.0.0.1); webhook targets must be public"));
    assertThat(byName.errorKind(), is(DeliveryErrorKind.BLOCKED_TARGET));
    assertThat(byName.errorDetail(), containsString("localhost resolves to a loopback address"));
    assertThat(requests.get(), is(0));
  }

  @Test
  void whenCertificateIsSelfSignedThenTls(@TempDir Path dir) throws Exception {
    HttpsServer tls =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tls.setHttpsConfigurator(new HttpsConfigurator(selfSigned(dir)));
    tls.createContext("/", exchange -> respond(exchange, 200, new byte[0]));
    tls.setExecutor(handlers);
    tls.start();
    client = new WebhookHttpClient(LOCAL);
    try {
      DeliveryOutcome outcome =
          client.post(
              URI.create("https://localhost:" + tls.getAddress().getPort() + "/"), Map.of(), EVENT);

      assertThat(outcome.errorKind(), is(DeliveryErrorKind.TLS));
      assertThat(outcome.errorDetail(), containsString("TLS failed with localhost:"));
    } finally {
      tls.stop(0);
    }
  }

  @Test
  void whenCallerSetsFramingHeaderThenRefused() {
    client = new WebhookHttpClient(LOCAL);

    assertThrows(
        IllegalArgumentException.class,
        () -> client.post(url("/"), Map.of("Content-Length", "1"), EVENT));
  }

  private void handle(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          requests.incrementAndGet();
          try (exchange) {
            handler.handle(exchange);
          } catch (IOException e) {
            // The client hung up first, as it does on purpose in some tests.
          }
        });
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void awaitRelease() {
    try {
      released.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  private static SSLContext selfSigned(Path dir) throws Exception {
    Path keystore = dir.resolve("receiver.p12");
    char[] password = "changeit".toCharArray();
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                // A quick start-up: keytool's own JVM is most of this test's time.
                "-J-XX:TieredStopAtLevel=1",
                "-J-XX:+UseSerialGC",
                "-genkeypair",
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                new String(password))
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
