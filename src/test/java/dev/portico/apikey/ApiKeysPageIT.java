package dev.portico.apikey;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's API keys page over HTTP: the same service as the API, so what the page creates,
 * rotates and revokes is what the API accepts and refuses.
 */
class ApiKeysPageIT {

  private static final List<String> CONSOLE_PAGES =
      List.of(
          "/portal/",
          "/portal/api-keys",
          "/portal/playground",
          "/portal/sandbox",
          "/portal/audit-log",
          "/portal/members");

  private static ConsoleClient owner(String organization) {
    return ConsoleClient.signedUpOwner(
            organization, TestAccounts.email("keys"), TestAccounts.PASSWORD)
        .get("/portal/api-keys");
  }

  private static String createKey(ConsoleClient console, String name, String scope) {
    console.submit(
        "create",
        Map.of(
            "name",
            name,
            "scopes",
            scope,
            "rate_limit_tier",
            "standard",
            "allowed_ips",
            "",
            "expires_at",
            ""),
        "create-key");
    return console.revealedSecret().orElseThrow(() -> new AssertionError(console.fieldErrors()));
  }

  @Test
  void whenAKeyIsCreatedThenItsSecretIsShownOnceAndWorksOnTheApi() {
    ConsoleClient console = owner("Created");

    String secret = createKey(console, "Billing sync", "api_keys:read");

    assertThat(secret, startsWith("sk_test_"));
    assertThat(console.path(), equalTo("/portal/api-keys"));
    assertThat(
        Api.get("/api/v1/api-keys", "Authorization", "Bearer " + secret).statusCode(), is(200));
    assertThat(console.get("/portal/api-keys").revealedSecret().isPresent(), is(false));
    assertThat(console.text(), containsString("Billing sync"));
    assertThat(console.text(), containsString("120/min · 5 000/h · 50 000/day · burst 20"));
    assertThat(console.body(), not(containsString(secret)));
  }

  @Test
  void whenTheCreateFormIsWrongThenEveryFieldSaysWhyAndNoKeyIsMade() {
    ConsoleClient console = owner("Invalid");

    console.submit(
        "create",
        Map.of(
            "name",
            " ",
            "allowed_ips",
            "10.0.0.0/33",
            "expires_at",
            "2020-01-01",
            "rate_limit_tier",
            "standard"),
        "create-key");

    assertThat(console.status(), is(200));
    assertThat(
        console.fieldErrors(),
        hasItems(
            "Enter a name of 1 to 100 characters.",
            "Choose at least one scope.",
            "must be in the future"));
    assertThat(console.fieldErrors().toString(), containsString("10.0.0.0/33"));
    assertThat(console.get("/portal/api-keys").text(), containsString("No test keys yet."));
  }

  @Test
  void whenAKeyIsRotatedThenTheNewSecretIsShownAndTheOldOneEndsAsChosen() {
    ConsoleClient console = owner("Rotated");
    String first = createKey(console, "Rotating", "api_keys:read");

    console.submit("rotate", Map.of("grace", "PT0S"), "rotate");
    String second = console.revealedSecret().orElseThrow();

    assertThat(second, not(equalTo(first)));
    assertThat(
        Api.get("/api/v1/api-keys", "Authorization", "Bearer " + second).statusCode(), is(200));
    assertThat(
        Api.get("/api/v1/api-keys", "Authorization", "Bearer " + first).statusCode(), is(401));
  }

  @Test
  void whenAKeyIsRevokedThenTheApiRefusesItAtOnce() {
    ConsoleClient console = owner("Revoked");
    String secret = createKey(console, "Short-lived", "api_keys:read");

    console.submit("revoke", Map.of(), "revoke");

    assertThat(console.notices(), hasItem(startsWith("Revoked “Short-lived”")));
    assertThat(console.text(), containsString("revoked"));
    assertThat(
        Api.get("/api/v1/api-keys", "Authorization", "Bearer " + secret).statusCode(), is(401));
  }

  @Test
  void whenTheModeIsSwitchedThenKeysAreMadeAndListedInThatModeOnly() {
    ConsoleClient console = owner("Modes");
    createKey(console, "Test key", "api_keys:read");

    console.submit("mode", Map.of(), "switch");
    assertThat(console.text(), containsString("Live mode"));
    String live = createKey(console, "Live key", "api_keys:read");

    assertThat(live, startsWith("sk_live_"));
    assertThat(console.text(), not(containsString("Test key")));
    console.submit("mode", Map.of(), "switch");
    assertThat(console.text(), containsString("Test key"));
    assertThat(console.text(), not(containsString("Live key")));
  }

  @Test
  void whenAnyConsolePageIsShownThenItCarriesTheModeSwitch() {
    ConsoleClient console = owner("Everywhere");
    for (String page : CONSOLE_PAGES) {
      console.get(page);
      assertThat(page, console.status(), is(200));
      assertThat(page, console.hasForm("mode"), is(true));
      assertThat(page, console.text(), containsString("Test mode"));
    }
  }

  @Test
  void whenAKeyIsCreatedThenTheAuditLogPageShowsWhoDidItFromWhere() {
    ConsoleClient console = owner("Audited");
    createKey(console, "Audited key", "api_keys:read");

    console.get("/portal/audit-log?action=api_key.created");

    assertThat(console.text(), containsString("api_key.created"));
    assertThat(console.text(), containsString("user usr_"));
    assertThat(console.text(), containsString("Audited key"));
    assertThat(console.text(), containsString("req_"));
  }
}
