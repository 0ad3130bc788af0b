package dev.portico.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
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
  private static volatile String bootstrap;

  private Keys() {}

  /** The console log of the server the build started for the tests. */
  public static Path consoleLog() {
    return Path.of(
            System.getProperty("portico.it.server.dir", "target/liberty/wlp/usr/servers/portico"))
        .resolve("logs/console.log");
  }

  public static String bootstrap() {
    String key = bootstrap;
    if (key == null) {
      key = readPrintedKey();
      bootstrap = key;
    }
    return key;
  }

  /** {@code Authorization: Bearer <first-run key>} as header name and value. */
  public static String[] bootstrapAuth() {
    return auth(bootstrap());
  }

  public static String[] auth(String key) {
    return new String[] {"Authorization", "Bearer " + key};
  }

  private static String readPrintedKey() {
    try {
      for (String line : Files.readAllLines(consoleLog())) {
        Matcher key = PRINTED_KEY.matcher(line);
        if (key.find()) {
          return key.group(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no first-run key in " + consoleLog());
  }
}
