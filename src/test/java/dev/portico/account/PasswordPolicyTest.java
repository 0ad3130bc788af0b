package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void whenThePasswordIsALongPassphraseThenItIsAccepted() {
    assertThat(PasswordPolicy.problems("correct horse battery staple", "ada@acme.test"), empty());
  }

  @Test
  void whenThePasswordIsShortThenTheMinimumIsNamed() {
    assertThat(
        PasswordPolicy.problems("abc123XYZ!", null), contains("Use at least 12 characters."));
  }

  @Test
  void whenThePasswordIsMissingThenItIsAskedFor() {
    assertThat(PasswordPolicy.problems("", null), contains("Enter a password."));
    assertThat(PasswordPolicy.problems(null, null), contains("Enter a password."));
  }

  @Test
  void whenThePasswordIsOverTheCeilingThenItIsRefused() {
    assertThat(
        PasswordPolicy.problems("ab cd ef gh ".repeat(11), null),
        contains("Use at most 128 characters."));
  }

  @Test
  void whenThePasswordIsCommonOrRepetitiveThenItIsTooEasy() {
    assertThat(
        PasswordPolicy.problems("Password1234", null),
        hasItem("This password is too easy to guess."));
    assertThat(
        PasswordPolicy.problems("abababababababab", null),
        hasItem("This password is too easy to guess."));
  }

  @Test
  void whenThePasswordContainsTheAddressThenItIsRefused() {
    assertThat(
        PasswordPolicy.problems("my name is grace hopper", "grace@navy.test"),
        hasItem("Do not use your e-mail address in your password."));
  }

  @Test
  void whenCharactersAreOutsideTheBasicPlaneThenEachCountsOnce() {
    assertThat(PasswordPolicy.problems("🔒🔑🗝️🚪🔒🔑🗝️🚪🔒🔑🗝️", null), empty());
  }
}
