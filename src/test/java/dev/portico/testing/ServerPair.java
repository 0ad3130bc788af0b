package dev.portico.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two more copies of the test server started at once on a fresh PostgreSQL database, with the key
 * their (single) first-run bootstrap printed.
 */
public record ServerPair(LibertyServer first, LibertyServer second, String firstRunKey) {

  private static final Pattern PRINTED_KEY = Pattern.compile("##\\s+(sk_test_[0-9A-Za-z]{43})\\s");

  /**
   * Starts {@code <name>-a} and {@code <name>-b} on ports {@code index} and {@code index + 1} (see
   * {@link LibertyServer#copyOfTestServer}), on database {@code <database>}, with {@code
   * environment} added.
   */
  public static ServerPair start(
      String name, int index, String database, Map<String, String> environment) {
    return start(name, index, database, environment, Map.of());
  }

  /**
   * As {@link #start(String, int, String, Map)}, with {@code secondOnly} added to the second
   * server's environment alone (over {@code environment}), for tests of two servers configured
   * differently on one database.
   */
  public static ServerPair start(
      String name,
      int index,
      String database,
      Map<String, String> environment,
      Map<String, String> secondOnly) {
    Map<String, String> env =
        new HashMap<>(PostgresTestDatabase.fresh(database).serverEnvironment());
    env.putAll(environment);
    Map<String, String> secondEnv = new HashMap<>(env);
    secondEnv.putAll(secondOnly);
    LibertyServer first = LibertyServer.copyOfTestServer(name + "-a", index, env);
    LibertyServer second = LibertyServer.copyOfTestServer(name + "-b", index + 1, secondEnv);
    CompletableFuture.allOf(
            CompletableFuture.runAsync(first::start), CompletableFuture.runAsync(second::start))
        .join();
    Matcher key = PRINTED_KEY.matcher(first.console() + second.console());
    if (!key.find()) {
      throw new IllegalStateException("no first-run key printed by either server");
    }
    return new ServerPair(first, second, key.group(1));
  }

  public void stop() {
    first.stop();
    second.stop();
  }
}
