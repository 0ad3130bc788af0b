package dev.portico.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every console form that succeeds answers its POST with a redirect to a page fetched by GET, so
 * reloading or going back never sends a form twice. A form that fails answers with the same page
 * and its messages beside the fields instead, so nothing typed is lost.
 */
class PostRedirectGetIT {

  private static final String CREATE_KEY = "create-key";

  @Test
  void whenEveryConsoleFormSucceedsThenEachPostAnswersWithARedirect() {
    String ownerEmail = TestAccounts.email("prg-owner");
    ConsoleClient owner =
        ConsoleClient.signedUpOwner("Redirects", ownerEmail, TestAccounts.PASSWORD);
    owner.get("/portal/api-keys");
    owner.submit(
        "create",
        Map.of("name", "PRG key", "scopes", "api_keys:read", "rate_limit_tier", "standard"),
        CREATE_KEY);
    owner.get("/portal/api-keys").submit("rotate", Map.of("grace", "PT0S"), "rotate");
    owner.get("/portal/api-keys").submit("revoke", Map.of(), "revoke");
    owner.submit("mode", Map.of(), "switch");
    owner.get("/portal/members");
    owner.submit(
        "invite",
        Map.of("email", TestAccounts.email("prg-member"), "role", "viewer"),
        "send-invite");
    String link = owner.revealedSecret().orElseThrow();
    ConsoleClient member = new ConsoleClient().get(link.substring(link.indexOf("/portal/")));
    member.submit("accept", Map.of("name", "Member", "password", TestAccounts.PASSWORD), "join");
    owner.get("/portal/members").submit("role", Map.of("new-role", "developer"), "change-role", 1);
    owner.get("/portal/members").submit("remove", Map.of(), "remove");
    owner.submit("account", Map.of(), "sign-out");
    ConsoleClient again = ConsoleClient.signedIn(ownerEmail, TestAccounts.PASSWORD);

    assertThat(owner.postAnswers(), hasSize(9));
    assertThat(owner.postAnswers(), everyItem(is(oneOf(302, 303))));
    assertThat(member.postAnswers(), everyItem(is(oneOf(302, 303))));
    assertThat(again.postAnswers(), everyItem(is(oneOf(302, 303))));
  }

  @Test
  void whenAFormFailsThenThePostAnswersWithThePageAndItsMessages() {
    ConsoleClient owner =
        ConsoleClient.signedUpOwner(
            "Failed form", TestAccounts.email("prg-fail"), TestAccounts.PASSWORD);

    owner
        .get("/portal/api-keys")
        .submit(
            "create",
            Map.of("name", " ", "scopes", "api_keys:read", "rate_limit_tier", "standard"),
            CREATE_KEY);

    assertThat(owner.postAnswers().get(owner.postAnswers().size() - 1), is(200));
    assertThat(owner.fieldErrors().isEmpty(), is(false));
  }
}
