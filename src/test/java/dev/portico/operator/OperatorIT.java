package dev.portico.operator;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.Keys;
import dev.portico.testing.Operator;
import dev.portico.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who sets the limits, over HTTP: only the operator (the first-run organization, whose key holds
 * the organizations scopes) lists organizations and changes their plans, audited on both sides; a
 * partner cannot, and its keys stay under its plan's ceiling, at creation and at every request.
 */
class OperatorIT {

  private static final String ORGANIZATIONS = "/api/v1/organizations";
  private static final String KEYS = "/api/v1/api-keys";

  /** A partner organization signed up in the portal, and a key of it that manages keys. */
  private record Partner(ConsoleClient console, String key, String organizationId) {}

  private static Partner partner(String name) {
    ConsoleClient console =
        ConsoleClient.signedUpOwner(name, TestAccounts.email("partner"), TestAccounts.PASSWORD)
            .get("/portal/api-keys");
    console.submit(
        "create",
        Map.of(
            "name", "Key manager",
            "scopes", "api_keys:write",
            "rate_limit_tier", "standard",
            "allowed_ips", "",
            "expires_at", ""),
        "create-key");
    String key =
        console.revealedSecret().orElseThrow(() -> new AssertionError(console.fieldErrors()));
    return new Partner(console, key, Operator.organizationOf(key));
  }

  private static HttpResponse<String> createKey(String key, String body) {
    return Api.postJson(KEYS, body, Keys.auth(key));
  }

  private static JsonObject rateLimit(String key) {
    HttpResponse<String> status = Api.get("/api/v1/rate-limit", Keys.auth(key));
    assertThat(status.body(), status.statusCode(), is(200));
    return Api.json(status);
  }

  @Test
  void whenTheOperatorListsAndReadsOrganizationsThenItSeesEveryOneWithPlanAndCeiling() {
    Partner partner = partner("Listed partner");

    JsonObject page =
        Api.json(Api.get(ORGANIZATIONS + "?limit=100&plan=basic", Keys.bootstrapAuth()));
    List<String> ids =
        page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("id"))
            .toList();
    assertThat(ids, hasItem(partner.organizationId()));

    HttpResponse<String> read =
        Api.get(ORGANIZATIONS + "/" + partner.organizationId(), Keys.bootstrapAuth());
    assertThat(read.body(), read.statusCode(), is(200));
    assertThat(read.headers().firstValue("ETag").isPresent(), is(true));
    JsonObject organization = Api.json(read);
    assertThat(organization.getString("object"), is("organization"));
    assertThat(organization.getString("name"), is("Listed partner"));
    assertThat(organization.getString("plan"), is("basic"));
    assertThat(organization.getString("max_rate_limit_tier"), is("standard"));
    assertThat(organization.getBoolean("operator"), is(false));

    String operatorId = Operator.organizationOf(Keys.bootstrap());
    JsonObject operator = Api.json(Api.get(ORGANIZATIONS + "/" + operatorId, Keys.bootstrapAuth()));
    assertThat(operator.getBoolean("operator"), is(true));
    assertThat("the operator has no ceiling", operator.isNull("max_rate_limit_tier"), is(true));

    assertProblem(
        Api.get(ORGANIZATIONS + "/org_0GZlGz3ZzMXlqC1aYw8N1w", Keys.bootstrapAuth()),
        404,
        "resource_not_found");
    assertProblem(Api.offContract().get(ORGANIZATIONS), 401, "authentication_required");
  }

  @Test
  void whenTheOperatorChangesAPlanThenItIsAuditedInBothLogsAndIfMatchIsHonoured() {
    Partner partner = partner("Upgraded partner");
    String path = ORGANIZATIONS + "/" + partner.organizationId();
    String stale = Api.get(path, Keys.bootstrapAuth()).headers().firstValue("ETag").orElseThrow();

    JsonObject upgraded = Operator.changePlan(partner.organizationId(), "premium");
    assertThat(upgraded.getString("plan"), is("premium"));
    assertThat(upgraded.getString("max_rate_limit_tier"), is("premium"));

    assertProblem(
        Api.patchJson(
            path,
            "{\"plan\":\"enterprise\"}",
            new String[] {"Authorization", "Bearer " + Keys.bootstrap(), "If-Match", stale}),
        412,
        "precondition_failed");
    JsonObject unknown =
        assertProblem(
            Api.patchJson(path, "{\"plan\":\"platinum\"}", Keys.bootstrapAuth()),
            400,
            "validation_failed");
    assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field"), is("plan"));
    assertThat(
        unknown.getJsonArray("errors").getJsonObject(0).getString("message"),
        containsString("basic, standard, premium, enterprise"));
    assertProblem(
        Api.offContract()
            .patchJson(path, "{\"plan\":\"basic\",\"name\":\"Renamed\"}", Keys.bootstrapAuth()),
        400,
        "unknown_field");
    assertThat(Api.json(Api.get(path, Keys.bootstrapAuth())).getString("plan"), is("premium"));

    JsonObject operatorLog =
        Api.json(
            Api.get(
                "/api/v1/audit-events?action=organization.plan_changed&limit=100",
                Keys.bootstrapAuth()));
    assertThat(
        operatorLog.getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getJsonObject("target").getString("id"))
            .toList(),
        hasItem(partner.organizationId()));

    // The partner reads its own live log: the operator changed its plan, named by role only.
    partner.console().submit("mode", Map.of(), "switch");
    partner
        .console()
        .get("/portal/api-keys")
        .submit(
            "create",
            Map.of(
                "name", "Auditor",
                "scopes", "audit:read",
                "rate_limit_tier", "standard",
                "allowed_ips", "",
                "expires_at", ""),
            "create-key");
    String liveKey = partner.console().revealedSecret().orElseThrow();
    List<JsonObject> partnerLog =
        Api.json(
                Api.get(
                    "/api/v1/audit-events?action=organization.plan_changed", Keys.auth(liveKey)))
            .getJsonArray("data")
            .getValuesAs(JsonObject.class);
    assertThat(partnerLog.size(), is(1));
    assertThat(partnerLog.get(0).getJsonObject("actor").getString("type"), is("operator"));
    assertThat(
        partnerLog.get(0).getJsonObject("changes").getJsonObject("plan").getString("after"),
        is("premium"));
    assertThat("the operator's address is not shown", partnerLog.get(0).isNull("ip"), is(true));
  }

  @Test
  void whenAPartnerTriesToSetItsOwnPlanThenItIsRefusedForLackOfTheOperatorsScope() {
    Partner partner = partner("Ambitious partner");
    String path = ORGANIZATIONS + "/" + partner.organizationId();

    assertProblem(
        Api.patchJson(path, "{\"plan\":\"enterprise\"}", Keys.auth(partner.key())),
        403,
        "insufficient_scope");
    assertProblem(Api.get(ORGANIZATIONS, Keys.auth(partner.key())), 403, "insufficient_scope");
    assertProblem(
        createKey(partner.key(), "{\"name\":\"Escalation\",\"scopes\":[\"organizations:write\"]}"),
        403,
        "insufficient_scope");
    assertThat(Api.json(Api.get(path, Keys.bootstrapAuth())).getString("plan"), is("basic"));
  }

  @Test
  void whenAPartnerAsksForMoreThanItsPlansCeilingThenTheKeyIsRefusedNamingTheCeiling() {
    Partner partner = partner("Basic partner");

    JsonObject tier =
        assertProblem(
            createKey(
                partner.key(),
                "{\"name\":\"Greedy\",\"scopes\":[\"api_keys:write\"],"
                    + "\"rate_limit_tier\":\"enterprise\"}"),
            403,
            "above_plan_ceiling");
    assertThat(tier.getString("detail"), containsString("plan, basic, allows"));
    assertThat(tier.getString("detail"), containsString("up to standard"));
    assertThat(
        tier.getJsonArray("errors").getJsonObject(0).getString("field"), is("rate_limit_tier"));

    JsonObject override =
        assertProblem(
            createKey(
                partner.key(),
                "{\"name\":\"Sneaky\",\"scopes\":[\"api_keys:write\"],"
                    + "\"rate_limit_tier\":\"basic\",\"rate_limit_override\":{\"per_minute\":121}}"),
            403,
            "above_plan_ceiling");
    assertThat(
        override.getJsonArray("errors").getJsonObject(0).getString("field"),
        is("rate_limit_override.per_minute"));
    assertThat(
        override.getJsonArray("errors").getJsonObject(0).getString("message"),
        containsString("at most 120"));

    // A lower tier, or the ceiling itself, is the partner's choice.
    HttpResponse<String> basic =
        createKey(
            partner.key(),
            "{\"name\":\"Modest\",\"scopes\":[\"api_keys:write\"],\"rate_limit_tier\":\"basic\","
                + "\"rate_limit_override\":{\"per_minute\":100}}");
    assertThat(basic.body(), basic.statusCode(), is(201));
    String keyPath = KEYS + "/" + Api.json(basic).getString("id");
    assertProblem(
        Api.patchJson(keyPath, "{\"rate_limit_tier\":\"premium\"}", Keys.auth(partner.key())),
        403,
        "above_plan_ceiling");
    HttpResponse<String> standard =
        Api.patchJson(keyPath, "{\"rate_limit_tier\":\"standard\"}", Keys.auth(partner.key()));
    assertThat(standard.body(), standard.statusCode(), is(200));
  }

  @Test
  void whenTheOperatorLowersAPlanThenKeysAboveTheNewCeilingAreHeldToItAtOnce() {
    Partner partner = partner("Downgraded partner");
    Operator.changePlan(partner.organizationId(), "enterprise");
    HttpResponse<String> created =
        createKey(
            partner.key(),
            "{\"name\":\"Big\",\"scopes\":[\"api_keys:write\"],"
                + "\"rate_limit_tier\":\"enterprise\"}");
    assertThat(created.body(), created.statusCode(), is(201));
    String big = Api.json(created).getString("secret");
    assertThat(rateLimit(big).getString("tier"), is("enterprise"));

    Operator.changePlan(partner.organizationId(), "basic");

    JsonObject held = rateLimit(big);
    assertThat(held.getString("tier"), is("standard"));
    assertThat(held.getJsonObject("limits").getInt("per_minute"), is(120));
    assertThat(held.getJsonObject("limits").getInt("burst"), is(20));
    // The key keeps its stored tier and can still be renamed; its limits are the ceiling's.
    HttpResponse<String> renamed =
        Api.patchJson(
            KEYS + "/" + Api.json(created).getString("id"),
            "{\"name\":\"Big (held)\"}",
            Keys.auth(partner.key()));
    assertThat(renamed.body(), renamed.statusCode(), is(200));
    assertThat(Api.json(renamed).getString("rate_limit_tier"), is("enterprise"));
  }
}
