package dev.portico.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The minimum a portal password must meet, after NIST SP 800-63B: a length floor and ceiling, not
 * one of the most common passwords, not the e-mail address. No composition rules, which only push
 * people to predictable patterns.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "1234567890123",
          "password1234",
          "password12345",
          "passwordpassword",
          "qwertyuiopas",
          "qwerty123456",
          "111111111111",
          "000000000000",
          "aaaaaaaaaaaa",
          "iloveyou1234",
          "letmeinletmein",
          "administrator",
          "welcome12345",
          "changeme1234",
          "portico12345",
          "porticoportico");

  private PasswordPolicy() {}

  /** What is wrong with {@code password}; empty when it is acceptable. */
  public static List<String> problems(String password, String email) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("Enter a password.");
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add("Use at least " + MIN_LENGTH + " characters.");
    }
    if (length > MAX_LENGTH) {
      problems.add("Use at most " + MAX_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
      problems.add("This password is too easy to guess.");
    }
    if (email != null && !email.isBlank()) {
      String address = email.strip().toLowerCase(Locale.ROOT);
      String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
      if (lower.equals(address) || (local.length() >= 4 && lower.contains(local))) {
        problems.add("Do not use your e-mail address in your password.");
      }
    }
    return problems;
  }
}
