package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  /** Small enough to keep the suite fast; the default is exercised once below. */
  private static final int TEST_ITERATIONS = 1_000;

  private final PasswordHasher hasher = new PasswordHasher(TEST_ITERATIONS);

  @Test
  void whenHashedThenStringDescribesSchemeIterationsSaltAndHash() {
    String stored = hasher.hash("correct horse".toCharArray());

    // 16 bytes -> 22 unpadded base64 characters, 32 bytes -> 43.
    assertThat(
        stored, matchesPattern("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"));
  }

  @Test
  void whenSamePasswordThenVerified() {
    String stored = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), stored), is(true));
  }

  @Test
  void whenWrongPasswordThenNotVerified() {
    String stored = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horsf".toCharArray(), stored), is(false));
    assertThat(hasher.verify("correct horse ".toCharArray(), stored), is(false));
  }

  @Test
  void whenNonAsciiPasswordThenRoundTrips() {
    String stored = hasher.hash("pässwörd-密码".toCharArray());

    assertThat(hasher.verify("pässwörd-密码".toCharArray(), stored), is(true));
    assertThat(hasher.verify("passwordm".toCharArray(), stored), is(false));
  }

  @Test
  void whenSamePasswordHashedTwiceThenSaltsDiffer() {
    String first = hasher.hash("same".toCharArray());
    String second = hasher.hash("same".toCharArray());

    assertThat(first, is(not(second)));
    assertThat(first.split("\\$")[2], is(not(second.split("\\$")[2])));
    assertThat(hasher.verify("same".toCharArray(), first), is(true));
    assertThat(hasher.verify("same".toCharArray(), second), is(true));
  }

  @Test
  void whenDefaultConstructorThenUsesSixHundredThousandIterations() {
    PasswordHasher production = new PasswordHasher();

    String stored = production.hash("correct horse".toCharArray());

    assertThat(stored, startsWith("pbkdf2-sha256$600000$"));
    assertThat(production.verify("correct horse".toCharArray(), stored), is(true));
    assertThat(production.needsRehash(stored), is(false));
  }

  @Test
  void whenStoredWithOtherIterationCountThenThatCountIsHonoured() {
    String older = new PasswordHasher(500).hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), older), is(true));
    assertThat(hasher.verify("wrong".toCharArray(), older), is(false));
  }

  @Test
  void whenFewerIterationsThanCurrentThenNeedsRehash() {
    String older = new PasswordHasher(500).hash("pw".toCharArray());
    String current = hasher.hash("pw".toCharArray());
    String stronger = new PasswordHasher(2_000).hash("pw".toCharArray());

    assertThat(hasher.needsRehash(older), is(true));
    assertThat(hasher.needsRehash(current), is(false));
    assertThat(hasher.needsRehash(stronger), is(false));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "plain-text-password",
        "bcrypt$10$abc$def",
        "pbkdf2-sha256$1000$c2FsdA",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$$extra",
        "pbkdf2-sha256$abc$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$-1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$+5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$99999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$1000$$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$",
        "pbkdf2-sha256$1000$not*base64$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
      })
  void whenStoredStringMalformedThenNotVerifiedAndNeedsRehash(String stored) {
    assertThat(hasher.verify("password".toCharArray(), stored), is(false));
    assertThat(hasher.needsRehash(stored), is(true));
  }

  @Test
  void whenPasswordNullOrEmptyThenVerifyIsFalse() {
    String stored = hasher.hash("x".toCharArray());

    assertThat(hasher.verify(null, stored), is(false));
    assertThat(hasher.verify(new char[0], stored), is(false));
  }

  @Test
  void whenHashingNullOrEmptyPasswordThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> hasher.hash(null));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new char[0]));

    assertThat(e.getMessage(), is("password is required"));
  }

  @Test
  void whenPasswordGeneratedThenTwentyUnambiguousCharacters() {
    String password = PasswordHasher.generatePassword();

    assertThat(password, matchesPattern("[A-HJ-NP-Za-km-z2-9]{20}"));
  }

  @Test
  void whenManyPasswordsGeneratedThenNoneRepeatAndNoLookAlikeAppears() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String password = PasswordHasher.generatePassword();
      assertThat(password, matchesPattern("[^0O1lI]{20}"));
      seen.add(password);
    }

    assertThat(seen.size(), is(1_000));
  }
}
