package dev.portico.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The landing page's first call, for a visitor and for a signed-in partner. */
class LandingPageIT {

  @Test
  void whenTheVisitorIsNotSignedInThenTheFirstCallShowsAPlaceholderKeyAndTheWayToGetOne() {
    ConsoleClient visitor = new ConsoleClient().get("/");

    assertThat(visitor.text(), containsString("Authorization: Bearer sk_test_…"));
    assertThat(visitor.body(), containsString("href=\"/portal/signup\""));
    assertThat(visitor.text(), not(containsString("Signed in as")));
  }

  @Test
  void whenAPartnerIsSignedInThenTheFirstCallNamesTheirNewestTestKeyAndOpensNoSession() {
    ConsoleClient partner =
        ConsoleClient.signedUpOwner(
            "Landing", TestAccounts.email("landing"), TestAccounts.PASSWORD);
    partner.get("/");
    assertThat(partner.text(), containsString("You have no test key yet"));

    partner.get("/portal/api-keys");
    partner.submit(
        "create",
        Map.of("name", "First call", "scopes", "api_keys:read", "rate_limit_tier", "standard"),
        "create-key");
    String secret = partner.revealedSecret().orElseThrow();
    partner.get("/");

    assertThat(partner.text(), containsString("Signed in as"));
    assertThat(partner.text(), containsString("“First call”"));
    assertThat(
        partner.text(),
        containsString(
            "Authorization: Bearer " + secret.substring(0, "sk_test_".length() + 4) + "…"));
    assertThat(partner.body(), not(containsString(secret)));
    assertThat(partner.headers("Set-Cookie"), is(empty()));
  }

  @Test
  void whenTheSignedInPartnersTestModeIsSeededThenTheFirstCallShowsItsAnswer() {
    ConsoleClient partner =
        ConsoleClient.signedUpOwner(
            "First answer", TestAccounts.email("answer"), TestAccounts.PASSWORD);
    partner.get("/");
    assertThat(partner.text(), containsString("Your test mode has no customers yet"));
    assertThat(partner.body(), containsString("href=\"/portal/sandbox\""));

    partner.get("/portal/sandbox");
    partner.submit("seed", Map.of(), "seed");
    partner.get("/");

    String answer = partner.text();
    assertThat(answer, containsString("customers?limit=2"));
    assertThat(answer, containsString("\"object\": \"list\""));
    assertThat(answer, containsString("\"object\": \"customer\""));
    assertThat(answer, containsString("\"has_more\": true"));
    assertThat(answer, not(containsString("Your test mode has no customers yet")));
    assertThat(partner.headers("Set-Cookie"), is(empty()));
  }
}
