package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in and sign-out of the portal, over HTTP against the packaged server. */
class PortalSignInIT {

  @Test
  void whenSigningUpThenTheOwnerOfANewOrganizationIsSignedIn() {
    String email = TestAccounts.email("founder");
    ConsoleClient console =
        ConsoleClient.signedUpOwner("Founders Ltd", email, TestAccounts.PASSWORD);

    assertThat(console.path(), startsWith("/portal/"));
    assertThat(console.text(), containsString("Founders Ltd"));
    assertThat(console.text(), containsString("as owner"));
    assertThat(console.text(), containsString("Test mode"));
  }

  @Test
  void whenSignUpInputIsBadThenEveryFieldSaysWhyAndNoAccountIsMade() {
    String email = TestAccounts.email("bad");
    ConsoleClient console = new ConsoleClient().get("/portal/signup");
    console.submit(
        "signup",
        Map.of("organization", " ", "email", "not-an-address", "password", "short"),
        "create");

    assertThat(console.status(), is(200));
    assertThat(
        console.fieldErrors(),
        hasItems(
            "Enter your organization's name.",
            "Enter an e-mail address like name@example.com.",
            "Use at least 12 characters."));

    console.submit(
        "signup",
        Map.of("organization", "Acme", "email", email, "password", email.toUpperCase() + "x"),
        "create");
    assertThat(console.fieldErrors(), hasItem("Do not use your e-mail address in your password."));

    ConsoleClient signIn = ConsoleClient.signedIn(email, email.toUpperCase() + "x");
    assertThat(signIn.path(), startsWith("/portal/login"));
  }

  @Test
  void whenAnAddressAlreadyHasAnAccountThenSignUpRefusesIt() {
    String email = TestAccounts.email("twice");
    ConsoleClient.signedUpOwner("First", email, TestAccounts.PASSWORD);

    ConsoleClient again = new ConsoleClient().get("/portal/signup");
    again.submit(
        "signup",
        Map.of(
            "organization",
            "Second",
            "email",
            email.toUpperCase(),
            "password",
            TestAccounts.PASSWORD),
        "create");

    assertThat(
        again.fieldErrors(),
        hasItem("An account with this e-mail address exists. Sign in instead."));
  }

  @Test
  void whenSigningInThenTheSessionGetsANewId() {
    String email = TestAccounts.email("fixation");
    ConsoleClient.signedUpOwner("Fixation", email, TestAccounts.PASSWORD);

    ConsoleClient console = new ConsoleClient().get("/portal/login");
    String before = console.cookie("JSESSIONID").orElseThrow();
    console.submit("login", Map.of("email", email, "password", TestAccounts.PASSWORD), "sign-in");

    assertThat(console.path(), equalTo("/portal/"));
    assertThat(console.cookie("JSESSIONID").orElseThrow(), not(equalTo(before)));
  }

  @Test
  void whenAConsolePageIsAskedForSignedOutThenSignInLeadsBackToIt() {
    String email = TestAccounts.email("deep-link");
    ConsoleClient.signedUpOwner("Deep link", email, TestAccounts.PASSWORD);

    ConsoleClient console = new ConsoleClient().get("/portal/audit-log");
    assertThat(console.path(), equalTo("/portal/audit-log"));
    assertThat(console.hasForm("login"), is(true));
    assertThat(console.text(), not(containsString("Audit log")));

    console.submit("login", Map.of("email", email, "password", TestAccounts.PASSWORD), "sign-in");
    assertThat(console.path(), equalTo("/portal/audit-log"));
  }

  @Test
  void whenTheWrongPasswordIsGivenThenTheAnswerNamesNeitherTheAddressNorThePassword() {
    String email = TestAccounts.email("wrong");
    ConsoleClient.signedUpOwner("Wrong", email, TestAccounts.PASSWORD);

    ConsoleClient wrongPassword = ConsoleClient.signedIn(email, "not the password at all");
    ConsoleClient unknownAddress =
        ConsoleClient.signedIn(TestAccounts.email("nobody"), TestAccounts.PASSWORD);

    assertThat(wrongPassword.path(), startsWith("/portal/login"));
    assertThat(wrongPassword.formErrors(), hasItem("Incorrect e-mail address or password."));
    assertThat(unknownAddress.formErrors(), equalTo(wrongPassword.formErrors()));
  }

  @Test
  void whenAPasswordFailsFiveTimesThenTheAddressIsLockedEvenForTheRightPassword() {
    String email = TestAccounts.email("locked");
    String other = TestAccounts.email("unaffected");
    ConsoleClient.signedUpOwner("Locked", email, TestAccounts.PASSWORD);
    ConsoleClient.signedUpOwner("Unaffected", other, TestAccounts.PASSWORD);

    for (int attempt = 1; attempt <= 4; attempt++) {
      ConsoleClient failed = ConsoleClient.signedIn(email, "wrong password " + attempt);
      assertThat(failed.formErrors(), hasItem("Incorrect e-mail address or password."));
    }
    ConsoleClient fifth = ConsoleClient.signedIn(email, "wrong password 5");
    assertThat(fifth.formErrors().get(0), startsWith("Too many failed attempts"));

    ConsoleClient right = ConsoleClient.signedIn(email, TestAccounts.PASSWORD);
    assertThat(right.path(), startsWith("/portal/login"));
    assertThat(right.formErrors().get(0), containsString("locked. Try again in"));

    assertThat(ConsoleClient.signedIn(other, TestAccounts.PASSWORD).path(), equalTo("/portal/"));
  }

  @Test
  void whenSignedOutThenTheConsoleAndTheOldSignInCookieNoLongerWork() {
    String email = TestAccounts.email("leaving");
    ConsoleClient console = ConsoleClient.signedUpOwner("Leaving", email, TestAccounts.PASSWORD);
    String token = console.cookie("portico_session").orElseThrow();

    console.submit("account", Map.of(), "sign-out");
    assertThat(console.path(), endsWith("/portal/login?signed-out"));
    assertThat(console.notices(), hasItem("You are signed out."));
    assertThat(console.get("/portal/").hasForm("login"), is(true));

    ConsoleClient replay = new ConsoleClient();
    replay.setCookie("portico_session", token);
    assertThat(replay.get("/portal/").hasForm("login"), is(true));
    assertThat(replay.text(), not(containsString("Welcome")));
  }

  @Test
  void whenAFormComesWithAnUnknownViewStateThenNothingChangesAndThePageIsShownAgain() {
    String email = TestAccounts.email("forged");
    ConsoleClient console = ConsoleClient.signedUpOwner("Forged", email, TestAccounts.PASSWORD);

    console.post(
        "/portal/api-keys",
        Map.of(
            "create_SUBMIT", "1",
            "create:name", "Forged key",
            "create:scopes", "customers:read",
            "create:create-key", "Create key",
            "jakarta.faces.ViewState", "forged"));

    assertThat(console.status(), is(200));
    assertThat(console.path(), equalTo("/portal/api-keys"));
    assertThat(console.notices(), hasItem(containsString("That form had expired")));
    assertThat(console.text(), not(containsString("Forged key")));
  }
}
