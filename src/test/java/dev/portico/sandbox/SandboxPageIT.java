package dev.portico.sandbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's Sandbox page over HTTP: it seeds, advances and resets through the same service as
 * the API, so what it does is what the API then shows; a viewer and live mode get no forms.
 */
class SandboxPageIT {

  private static ConsoleClient owner(String organization) {
    return ConsoleClient.signedUpOwner(
        organization, TestAccounts.email("sandbox"), TestAccounts.PASSWORD);
  }

  private static String testKey(ConsoleClient console) {
    console.get("/portal/api-keys");
    console.submit(
        "create",
        Map.of(
            "name",
            "Sandbox check",
            "scopes",
            "customers:read",
            "rate_limit_tier",
            "standard",
            "allowed_ips",
            "",
            "expires_at",
            ""),
        "create-key");
    return console.revealedSecret().orElseThrow(() -> new AssertionError(console.fieldErrors()));
  }

  private static JsonObject api(String path, String key) {
    return Api.json(Api.get(path, "Authorization", "Bearer " + key));
  }

  @Test
  void whenTheOwnerSeedsAdvancesAndResetsThenTheApiSeesEachChange() {
    ConsoleClient console = owner("Sandboxed");
    String key = testKey(console);

    console.get("/portal/sandbox");
    assertThat(console.status(), is(200));
    assertThat(console.text(), containsString("Test mode runs at real time."));
    console.submit("seed", Map.of(), "seed");

    assertThat(console.path(), is("/portal/sandbox"));
    assertThat(console.notices(), hasItem(startsWith("Seeded test mode: 30 customers, 18 jobs")));
    assertThat(api("/api/v1/customers?limit=100", key).getJsonArray("data").size(), is(30));

    console.submit("advance", Map.of("step", "P31D"), "advance");

    assertThat(console.notices(), hasItem(startsWith("Advanced the sandbox clock")));
    assertThat(console.text(), containsString("Test mode runs 31 days ahead of real time."));
    assertThat(
        api("/api/v1/sandbox/clock", key).getJsonNumber("offset_seconds").longValue(),
        is(31L * 24 * 3600));

    console.submit("reset", Map.of(), "reset");

    assertThat(console.notices(), hasItem(startsWith("Reset test mode: deleted 30 customers")));
    assertThat(console.text(), containsString("Test mode runs at real time."));
    assertThat(api("/api/v1/customers", key).getJsonArray("data").size(), is(0));
  }

  @Test
  void whenTheConsoleIsInLiveModeThenTheSandboxOffersNothing() {
    ConsoleClient console = owner("Live sandbox");
    console.get("/portal/sandbox");
    console.submit("mode", Map.of(), "switch");

    console.get("/portal/sandbox");

    assertThat(console.text(), containsString("The sandbox is test mode's."));
    assertThat(console.hasForm("seed"), is(false));
    assertThat(console.hasForm("reset"), is(false));
    assertThat(console.hasForm("advance"), is(false));
  }

  @Test
  void whenAViewerOpensTheSandboxThenItReadsTheClockButHasNoForms() {
    ConsoleClient owner = owner("Viewed sandbox");
    owner.get("/portal/members");
    owner.submit(
        "invite", Map.of("email", TestAccounts.email("viewer"), "role", "viewer"), "send-invite");
    String link = owner.revealedSecret().orElseThrow(() -> new AssertionError(owner.fieldErrors()));
    ConsoleClient viewer =
        new ConsoleClient().get(link.substring(link.indexOf("/portal/invitation")));
    viewer.submit("accept", Map.of("name", "Viewer", "password", TestAccounts.PASSWORD), "join");

    viewer.get("/portal/sandbox");

    assertThat(viewer.status(), is(200));
    assertThat(viewer.text(), containsString("Test-mode time:"));
    assertThat(viewer.text(), containsString("Your role (viewer) can read the sandbox clock"));
    assertThat(viewer.hasForm("seed"), is(false));
    assertThat(viewer.hasForm("advance"), is(false));
  }
}
