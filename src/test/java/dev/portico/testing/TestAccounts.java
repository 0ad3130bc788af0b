package dev.portico.testing;

import java.util.UUID;

/** Fresh e-mail addresses and a password that meets the policy, for portal tests. */
public final class TestAccounts {

  public static final String PASSWORD = "long enough passphrase 42";

  private TestAccounts() {}

  public static String email(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@portico.test";
  }
}
