package dev.portico.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One more Portico server for tests that need several: a copy of the test server's configuration
 * and application under another name, on ports of its own, with its own environment, started and
 * stopped with Liberty's {@code bin/server} like an operator would.
 */
public final class LibertyServer {

  private static final List<String> COPIED =
      List.of(
          "server.xml",
          "server.env",
          "jvm.options",
          "bootstrap.properties",
          "db-h2.xml",
          "db-postgresql.xml",
          "jdbc",
          "apps");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  /**
   * The key that seals webhook secrets, the same for every copy, as an operator configures servers
   * that share a database (README, "Several servers on one database").
   */
  private static final String SECRETS_KEY = "cG9ydGljby10ZXN0LXNlcnZlcnMtc2hhcmUtdGhpcyE=";

  private static final Pattern PRINTED_KEY = Pattern.compile("##\\s+(sk_test_[0-9A-Za-z]{43})\\s");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path wlp;
  private final String name;
  private final int httpPort;
  private final Map<String, String> environment;

  private LibertyServer(Path wlp, String name, int httpPort, Map<String, String> environment) {
    this.wlp = wlp;
    this.name = name;
    this.httpPort = httpPort;
    this.environment = environment;
  }

  /**
   * A copy of the test server named {@code name}; {@code index} (1, 2, …) picks ports next to the
   * test server's (HTTP 9180 + index, and so on). {@code environment} adds to the test JVM's.
   */
  public static LibertyServer copyOfTestServer(
      String name, int index, Map<String, String> environment) {
    Path template = Path.of(System.getProperty("portico.it.server.dir"));
    Path wlp = template.getParent().getParent().getParent();
    Path target = wlp.resolve("usr/servers").resolve(name);
    deleteRecursively(target);
    for (String entry : COPIED) {
      copyRecursively(template.resolve(entry), target.resolve(entry));
    }
    int httpPort = 9180 + index;
    Map<String, String> env = new HashMap<>(environment);
    env.put("PORTICO_HTTP_PORT", Integer.toString(httpPort));
    env.put("PORTICO_HTTPS_PORT", Integer.toString(9543 + index));
    env.put("PORTICO_JMS_PORT", Integer.toString(7376 + index));
    env.put("PORTICO_JMS_SSL_PORT", Integer.toString(7386 + index));
    env.put("PORTICO_HOST", "127.0.0.1");
    env.putIfAbsent("PORTICO_SECRETS_KEY", SECRETS_KEY);
    return new LibertyServer(wlp, name, httpPort, env);
  }

  /** Starts the server and waits until {@code /health/ready} answers 200. */
  public void start() {
    run("start", "--clean");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (isReady()) {
        return;
      }
      pause(Duration.ofMillis(250));
    }
    throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT);
  }

  /**
   * The same server (its files, database and ports) with {@code more} added to its environment, for
   * the next {@link #start}.
   */
  public LibertyServer withEnvironment(Map<String, String> more) {
    Map<String, String> env = new HashMap<>(environment);
    env.putAll(more);
    return new LibertyServer(wlp, name, httpPort, env);
  }

  /**
   * Kills the server's JVM at once (SIGKILL), as a crash would: no shutdown hook, no clean stop of
   * anything in flight. Returns once the process is gone.
   */
  public void kill() {
    Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle process =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new IllegalStateException(name + " is not running"));
      process.destroyForcibly();
      process.onExit().get(30, TimeUnit.SECONDS);
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not kill " + name, e);
    }
  }

  /** Stops the server cleanly, as {@code bin/server stop} does; harmless when it is not running. */
  public void stop() {
    run("stop");
  }

  /** The key the first-run bootstrap printed, if this server's console shows one. */
  public Optional<String> printedKey() {
    Matcher key = PRINTED_KEY.matcher(console());
    return key.find() ? Optional.of(key.group(1)) : Optional.empty();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + httpPort + path;
  }

  public Path consoleLog() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs/console.log");
  }

  public String console() {
    try {
      return Files.exists(consoleLog()) ? Files.readString(consoleLog()) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private boolean isReady() {
    try {
      HttpRequest ready =
          HttpRequest.newBuilder(URI.create(url("/health/ready")))
              .timeout(Duration.ofSeconds(5))
              .build();
      return CLIENT.send(ready, BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void run(String action, String... options) {
    Path log = wlp.getParent().resolve("server-" + name + "-" + action + ".log");
    ProcessBuilder command =
        new ProcessBuilder(
                Stream.concat(
                        Stream.of(wlp.resolve("bin/server").toString(), action, name),
                        Stream.of(options))
                    .toList())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    command.environment().putAll(environment);
    try {
      Process process = command.start();
      if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " " + name + " did not finish");
      }
      if (process.exitValue() != 0 && !action.equals("stop")) {
        throw new IllegalStateException(
            "server " + action + " " + name + " exited " + process.exitValue() + ": " + read(log));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copyRecursively(Path from, Path to) {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path destination = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.createDirectories(destination.getParent());
          Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
