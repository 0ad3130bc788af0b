package dev.portico.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-run key the test server printed in its console log, and keys made with it. Reading the
 * log, as a newcomer would, is part of what the tests check.
 */
public final class Keys {

  private static final Pattern PRINTED_KEY = Pattern.compile("^##\\s+(sk_test_[0-9A-Za-z]{43})\\s");
  private static final Pattern PRINTED_PASSWORD = Pattern.compile("^##\\s+Password:\\s+(\\S+)\\s");
  private static volatile String bootstrap;

  private Keys() {}

  /** The console log of the server the build started for the tests. */
  public static Path consoleLog() {
    return Path.of(
            System.getProperty("portico.it.server.dir", "target/liberty/wlp/usr/servers/portico"))
        .resolve("logs/console.log");
  }

  /**
   * The first-run key, its limits lifted once: synchronized, since a test's first use may come from
   * many threads at once, and two lifts racing on one key lose one of them to a 409.
   */
  public static synchronized String bootstrap() {
    String key = bootstrap;
    if (key == null) {
      key = readPrintedKey();
      liftLimits(key);
      bootstrap = key;
    }
    return key;
  }

  /**
   * The limits every test key gets: the highest an override allows, so no test is refused for the
   * requests of others. The rate-limit tests make keys of their own with the limits they test.
   */
  public static final String UNLIMITED_OVERRIDE =
      "{\"per_minute\":1000000000,\"per_hour\":1000000000,\"per_day\":1000000000,"
          + "\"burst\":1000000000}";

  /**
   * Finds the first-run key among its organization's keys and lifts its limits, through the API.
   */
  private static void liftLimits(String key) {
    String cursor = null;
    do {
      JsonObject page =
          Api.json(
              Api.get(
                  "/api/v1/api-keys?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                  auth(key)));
      for (JsonValue listed : page.getJsonArray("data")) {
        JsonObject candidate = listed.asJsonObject();
        if (key.startsWith(candidate.getString("prefix"))
            && candidate.getString("name").equals("First-run test key")) {
          HttpResponse<String> lifted =
              Api.patchJson(
                  "/api/v1/api-keys/" + candidate.getString("id"),
                  "{\"rate_limit_override\":" + UNLIMITED_OVERRIDE + "}",
                  auth(key));
          if (lifted.statusCode() != 200) {
            throw new IllegalStateException("first-run key not changed: " + lifted.body());
          }
          return;
        }
      }
      cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
    } while (cursor != null);
    throw new IllegalStateException("the first-run key is not among its organization's keys");
  }

  /** {@code Authorization: Bearer <first-run key>} as header name and value. */
  public static String[] bootstrapAuth() {
    return auth(bootstrap());
  }

  public static String[] auth(String key) {
    return new String[] {"Authorization", "Bearer " + key};
  }

  /** The first-run owner's password, generated and printed once: the operator's console. */
  public static String bootstrapOwnerPassword() {
    return readPrinted(PRINTED_PASSWORD, "owner password");
  }

  private static String readPrintedKey() {
    return readPrinted(PRINTED_KEY, "key");
  }

  private static String readPrinted(Pattern pattern, String what) {
    try {
      for (String line : Files.readAllLines(consoleLog())) {
        Matcher printed = pattern.matcher(line);
        if (printed.find()) {
          return printed.group(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no first-run " + what + " in " + consoleLog());
  }
}
