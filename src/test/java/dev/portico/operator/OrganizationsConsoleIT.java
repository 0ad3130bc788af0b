package dev.portico.operator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.portico.testing.Api;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.Keys;
import dev.portico.testing.TestAccounts;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who sets the limits, in the console: a partner's owner has no plan form anywhere and is refused a
 * key above the plan's ceiling; the operator's owner moves the partner to another plan on the
 * organizations page, after which the partner may have the higher tier.
 */
class OrganizationsConsoleIT {

  private static final Pattern ORGANIZATION_ID =
      Pattern.compile("id=\"organization-id\">(org_[0-9A-Za-z]+)<");

  private static Map<String, String> keyForm(String name, String tier) {
    return Map.of(
        "name", name,
        "scopes", "customers:read",
        "rate_limit_tier", tier,
        "allowed_ips", "",
        "expires_at", "");
  }

  private static String organizationIdOn(ConsoleClient apiKeysPage) {
    Matcher id = ORGANIZATION_ID.matcher(apiKeysPage.body());
    assertThat("the API keys page names the organization", id.find(), is(true));
    return id.group(1);
  }

  @Test
  void whenAPartnersOwnerLooksForAPlanFormThenThereIsNoneAndAKeyAboveTheCeilingIsRefused() {
    ConsoleClient owner =
        ConsoleClient.signedUpOwner(
                "Console partner", TestAccounts.email("ceiling"), TestAccounts.PASSWORD)
            .get("/portal/api-keys");
    String organizationId = organizationIdOn(owner);
    assertThat(owner.hasForm("plan"), is(false));
    assertThat(owner.text(), containsString("Keys may have rate-limit tiers up to standard"));
    assertThat(owner.text(), containsString("The operator sets the plan"));
    assertThat(owner.body(), not(containsString("href=\"/portal/organizations\"")));

    owner.submit("create", keyForm("Too fast", "enterprise"), "create-key");
    assertThat(owner.revealedSecret().isPresent(), is(false));
    assertThat(
        owner.fieldErrors(), hasItem("Above the plan's ceiling: the highest tier is standard."));

    for (String path :
        new String[] {"/portal/organizations", "/portal/organizations?id=" + organizationId}) {
      owner.get(path);
      assertThat(path, owner.status(), is(200));
      assertThat(path, owner.text(), containsString("This page is the operator's"));
      assertThat(path, owner.hasForm("plan"), is(false));
    }
  }

  @Test
  void whenTheOperatorsOwnerChangesAPartnersPlanThenThePartnerMayHaveTheHigherTier() {
    ConsoleClient partner =
        ConsoleClient.signedUpOwner(
                "Promoted partner", TestAccounts.email("promoted"), TestAccounts.PASSWORD)
            .get("/portal/api-keys");
    String organizationId = organizationIdOn(partner);

    ConsoleClient operator =
        ConsoleClient.signedIn("owner@example.com", Keys.bootstrapOwnerPassword())
            .get("/portal/organizations");
    assertThat(operator.status(), is(200));
    assertThat(operator.text(), containsString("Promoted partner"));
    assertThat(operator.body(), containsString("href=\"/portal/organizations\""));

    operator
        .get("/portal/organizations?id=" + organizationId)
        .submit("plan", Map.of("plan", "enterprise"), "change-plan");
    assertThat(operator.notices(), hasItem("Promoted partner is now on plan enterprise."));
    assertThat(operator.text(), containsString("up to enterprise"));
    assertThat(
        Api.json(Api.get("/api/v1/organizations/" + organizationId, Keys.bootstrapAuth()))
            .getString("plan"),
        is("enterprise"));

    partner.get("/portal/api-keys").submit("create", keyForm("Fast", "enterprise"), "create-key");
    assertThat(partner.fieldErrors().toString(), partner.revealedSecret().isPresent(), is(true));
  }
}
