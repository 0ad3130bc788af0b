package dev.portico.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Verifies a webhook delivery with the Standard Webhooks reference library for Node ({@code
 * standardwebhooks}, pinned in {@code src/test/node/package.json}), so Portico's signatures are
 * checked by code Portico did not write. Needs {@code node} on the PATH and the modules {@code
 * bin/test} installs with {@code npm ci --prefix src/test/node}; without them it fails, never
 * skips.
 */
public final class StandardWebhooksVerifier {

  /** The verdict, and the library's message when it refused the delivery ({@code null} if not). */
  public record Verification(boolean verified, String error) {}

  /** Surefire and failsafe run in the project's directory; the property is for anywhere else. */
  private static final Path NODE_DIR =
      Path.of(System.getProperty("portico.test.node.dir", "src/test/node")).toAbsolutePath();

  private static final Path SCRIPT = NODE_DIR.resolve("verify-delivery.mjs");
  private static final Path LIBRARY = NODE_DIR.resolve("node_modules/standardwebhooks");
  private static final long TIMEOUT_SECONDS = 30;

  private StandardWebhooksVerifier() {}

  /**
   * Runs {@code Webhook(secret).verify(body, headers)} in a node process of its own: the timestamp
   * within 5 minutes of now, then any of the space-separated signatures, then the body as JSON.
   *
   * @param headers the delivery's headers (at least {@code webhook-id}, {@code webhook-timestamp}
   *     and {@code webhook-signature}; names in any case)
   * @param body the body exactly as received
   */
  public static Verification verify(String secret, Map<String, String> headers, String body) {
    requireInstalledLibrary();
    JsonObjectBuilder headerObject = Json.createObjectBuilder();
    headers.forEach(headerObject::add);
    String line =
        Json.createObjectBuilder()
            .add("secret", secret)
            .add("headers", headerObject)
            .add("body", body)
            .build()
            .toString();
    return parse(run(line + "\n"));
  }

  private static void requireInstalledLibrary() {
    if (!Files.isRegularFile(LIBRARY.resolve("package.json"))) {
      throw new IllegalStateException(
          "The Standard Webhooks library is not installed in "
              + NODE_DIR.resolve("node_modules")
              + ": run `npm ci --prefix src/test/node` in the project directory (bin/test does)");
    }
  }

  private static String run(String input) {
    Process node;
    try {
      // stderr joins stdout so that a crash's message reaches the failure below.
      node =
          new ProcessBuilder(List.of("node", SCRIPT.toString()))
              .directory(NODE_DIR.toFile())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not start node, which verifies webhook deliveries: is it on the PATH?", e);
    }
    try {
      try (OutputStream stdin = node.getOutputStream()) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
      // Waits before reading: a hung node must not block a test forever, and its one line of
      // output (or a crash's stack trace) fits in the pipe's buffer meanwhile.
      if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("node did not exit within " + TIMEOUT_SECONDS + " s");
      }
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (node.exitValue() != 0) {
        throw new IllegalStateException(
            "node " + SCRIPT + " exited with " + node.exitValue() + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not talk to node " + SCRIPT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while node verified a delivery", e);
    } finally {
      node.destroyForcibly();
    }
  }

  private static Verification parse(String output) {
    try (JsonReader reader = Json.createReader(new StringReader(output.strip()))) {
      JsonObject answer = reader.readObject();
      return new Verification(
          answer.getBoolean("verified"),
          answer.containsKey("error") ? answer.getString("error") : null);
    } catch (JsonParsingException | ClassCastException | NullPointerException e) {
      throw new IllegalStateException("Unexpected answer from node " + SCRIPT + ":\n" + output, e);
    }
  }
}
