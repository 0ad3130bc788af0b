package dev.portico.quota;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.portico.testing.Api;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.Keys;
import dev.portico.testing.Operator;
import dev.portico.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Monthly quotas over HTTP, on the small plans the test server's configuration adds (bin/test:
 * small-block and small-allow, 10 requests a month each): the count, the block at 100 % and what a
 * blocked request leaves behind, letting traffic through, the alerts and their events recorded
 * once, and the console's quota panel. The operator moves each test's organization to its plan.
 */
class QuotasIT {

  private static final int QUOTA = 10;

  /** An owner's console on the API keys page, and a key of the organization with every scope. */
  private record Tenant(ConsoleClient console, String key, String organizationId) {}

  private static Tenant tenantOn(String plan) {
    ConsoleClient console =
        ConsoleClient.signedUpOwner(
                "Quota " + plan, TestAccounts.email("quota"), TestAccounts.PASSWORD)
            .get("/portal/api-keys");
    String key = createKey(console, "Quota test", "customers:write");
    String organizationId = Operator.organizationOf(key);
    Operator.changePlan(organizationId, plan);
    return new Tenant(console, key, organizationId);
  }

  private static String createKey(ConsoleClient console, String name, String scope) {
    console.submit(
        "create",
        Map.of(
            "name", name,
            "scopes", scope,
            "rate_limit_tier", "standard",
            "allowed_ips", "",
            "expires_at", ""),
        "create-key");
    return console.revealedSecret().orElseThrow(() -> new AssertionError(console.fieldErrors()));
  }

  private static JsonObject quota(String key) {
    HttpResponse<String> answer = Api.get("/api/v1/quota", Keys.auth(key));
    assertThat(answer.body(), answer.statusCode(), is(200));
    return Api.json(answer);
  }

  /** One counted request that needs no scope. */
  private static HttpResponse<String> echo(String key) {
    return Api.postJson("/api/v1/echo", "{\"message\":\"counted\"}", Keys.auth(key));
  }

  private static int echoed(String key) {
    return echo(key).statusCode();
  }

  @Test
  void whenABlockingPlansQuotaIsUsedThenRequestsAreRefusedUntilTheMonthEndsAndDoNothing() {
    Tenant tenant = tenantOn("small-block");
    String key = tenant.key();

    JsonObject before = quota(key);
    assertThat(before.getString("plan"), is("small-block"));
    assertThat(before.getJsonNumber("limit").longValue(), is((long) QUOTA));
    assertThat(before.getJsonNumber("used").longValue(), is(0L));
    assertThat(before.getString("overage"), is("block"));
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    assertThat(before.getString("period"), is(month.toString()));
    assertThat(
        before.getString("period_end"),
        is(month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString()));

    for (int i = 1; i <= QUOTA; i++) {
      assertThat("request " + i, echoed(key), is(200));
    }
    HttpResponse<String> refused = echo(key);
    JsonObject problem = assertProblem(refused, 429, "quota_exceeded");
    assertThat(problem.getString("detail"), containsString("10 requests of plan small-block"));
    long untilNextMonth =
        Duration.between(
                Instant.now(),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .toSeconds();
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(
        retryAfter,
        allOf(greaterThanOrEqualTo(untilNextMonth - 2), lessThanOrEqualTo(untilNextMonth + 3)));

    String idempotencyKey = UUID.randomUUID().toString();
    String customer = "{\"name\":\"Blocked Ltd\",\"email\":\"blocked@example.com\"}";
    assertProblem(
        Api.postJson("/api/v1/customers", customer, with(key, "Idempotency-Key", idempotencyKey)),
        429,
        "quota_exceeded");

    JsonObject after = quota(key);
    assertThat(
        "refusals are not counted", after.getJsonNumber("used").longValue(), is((long) QUOTA));
    assertThat(refusedRequests(key, 2), is(2L));
    assertThat(after.getJsonNumber("remaining").longValue(), is(0L));
    assertThat(
        "reading the plans is never blocked",
        Api.get("/api/v1/plans", Keys.auth(key)).statusCode(),
        is(200));

    // Let through from now on; the refused POST left nothing, not even its idempotency key.
    Operator.changePlan(tenant.organizationId(), "small-allow");
    HttpResponse<String> created =
        Api.postJson("/api/v1/customers", customer, with(key, "Idempotency-Key", idempotencyKey));
    assertThat(created.body(), created.statusCode(), is(201));
    assertThat(created.headers().firstValue("Idempotent-Replayed").isPresent(), is(false));
    assertThat(Api.json(created).getString("name"), is("Blocked Ltd"));
    JsonObject allowed = quota(key);
    assertThat(allowed.getString("overage"), is("allow"));
    assertThat(allowed.getJsonNumber("used").longValue(), is(QUOTA + 1L));
    assertThat(allowed.getJsonNumber("remaining").longValue(), is(0L));
  }

  @Test
  void whenTheCountPasses80And100PercentThenEachAlertIsRecordedOnceWithItsLiveEvent()
      throws InterruptedException {
    Tenant tenant = tenantOn("small-allow");
    String key = tenant.key();
    for (int i = 1; i <= QUOTA + 5; i++) {
      assertThat("request " + i, echoed(key), is(200));
    }

    // Written and checked every second by the test server (portico.quotas.write-interval).
    List<JsonObject> alerts = List.of();
    for (int wait = 0; wait < 40 && alerts.size() < 2; wait++) {
      Thread.sleep(250);
      alerts = quota(key).getJsonArray("alerts").getValuesAs(JsonObject.class);
    }
    assertThat(alerts.size(), is(2));
    assertThat(alerts.get(0).getString("kind"), is("warning"));
    assertThat(alerts.get(0).getInt("threshold_percent"), is(80));
    assertThat(alerts.get(1).getString("kind"), is("exceeded"));
    assertThat(alerts.get(1).getInt("threshold_percent"), is(100));
    for (JsonObject alert : alerts) {
      assertThat(alert.getString("plan"), is("small-allow"));
      assertThat(alert.getJsonNumber("limit").longValue(), is((long) QUOTA));
      assertThat(alert.getJsonNumber("used").longValue(), greaterThanOrEqualTo(8L));
      assertThat(alert.getBoolean("livemode"), is(true));
    }

    // More requests, another write: still one alert of each kind.
    assertThat(echoed(key), is(200));
    Thread.sleep(1_500);
    assertThat(quota(key).getJsonArray("alerts").size(), is(2));

    // The events are live-mode events: read with a live key of the organization.
    tenant.console().submit("mode", Map.of(), "switch");
    String liveKey =
        createKey(tenant.console().get("/portal/api-keys"), "Live usage", "usage:read");
    for (String type : List.of("usage.quota_warning", "usage.quota_exceeded")) {
      JsonObject events = Api.json(Api.get("/api/v1/events?type=" + type, Keys.auth(liveKey)));
      List<JsonObject> data = events.getJsonArray("data").getValuesAs(JsonObject.class);
      assertThat(type, data.size(), is(1));
      JsonObject object = data.get(0).getJsonObject("data").getJsonObject("object");
      assertThat(object.getString("object"), is("quota_alert"));
      assertThat(
          object.getString("kind"),
          is(type.equals("usage.quota_warning") ? "warning" : "exceeded"));
      assertThat(data.get(0).getBoolean("livemode"), is(true));
    }
  }

  @Test
  void whenAQuotaAlertIsRecordedThenItIsAMessageToTheOrganizationsLiveWebhookEndpoints()
      throws InterruptedException {
    Tenant tenant = tenantOn("small-allow");
    tenant.console().submit("mode", Map.of(), "switch");
    String writer =
        createKey(tenant.console().get("/portal/api-keys"), "Live hooks", "webhooks:write");
    String reader =
        createKey(tenant.console().get("/portal/api-keys"), "Live hook log", "webhooks:read");
    HttpResponse<String> created =
        Api.postJson(
            "/api/v1/webhook-endpoints",
            "{\"url\":\"https://127.0.0.1:9/portico\",\"enabled_events\":"
                + "[\"usage.quota_warning\",\"usage.quota_exceeded\"]}",
            Keys.auth(writer));
    assertThat(created.body(), created.statusCode(), is(201));
    String messages =
        "/api/v1/webhook-endpoints/" + Api.json(created).getString("id") + "/messages";

    for (int i = 1; i <= QUOTA + 5; i++) {
      assertThat("request " + i, echoed(tenant.key()), is(200));
    }

    List<JsonObject> sent = List.of();
    for (int wait = 0; wait < 40 && sent.size() < 2; wait++) {
      Thread.sleep(250);
      sent =
          Api.json(Api.get(messages, Keys.auth(reader)))
              .getJsonArray("data")
              .getValuesAs(JsonObject.class);
    }
    assertThat(
        sent.stream().map(m -> m.getString("event_type")).sorted().toList(),
        is(List.of("usage.quota_exceeded", "usage.quota_warning")));
    for (JsonObject message : sent) {
      assertThat(message.getBoolean("livemode"), is(true));
      assertThat(
          message
              .getJsonObject("payload")
              .getJsonObject("data")
              .getJsonObject("object")
              .getString("object"),
          is("quota_alert"));
    }
  }

  @Test
  void readingTheQuotaAndThePlansIsNotCountedAndThePlansNameTheCurrentOne() {
    Tenant tenant = tenantOn("small-block");
    String key = tenant.key();
    quota(key);
    Api.get("/api/v1/plans", Keys.auth(key));
    Api.get("/api/v1/rate-limit", Keys.auth(key));
    assertThat(quota(key).getJsonNumber("used").longValue(), is(0L));

    List<JsonObject> plans =
        Api.json(Api.get("/api/v1/plans", Keys.auth(key)))
            .getJsonArray("data")
            .getValuesAs(JsonObject.class);
    assertThat(
        plans.stream().map(p -> p.getString("id")).toList(),
        is(
            List.of(
                "basic",
                "standard",
                "premium",
                "enterprise",
                "small-block",
                "small-allow",
                "unbounded")));
    JsonObject basic = plans.get(0);
    assertThat(basic.getJsonNumber("monthly_requests").longValue(), is(100_000L));
    assertThat(basic.getString("overage"), is("block"));
    assertThat(basic.getString("max_rate_limit_tier"), is("standard"));
    assertThat(plans.get(3).getString("max_rate_limit_tier"), is("enterprise"));
    assertThat(
        "a plan the operator adds is held to the default tier unless configured",
        plans.get(4).getString("max_rate_limit_tier"),
        is("standard"));
    assertThat("max-tier none is no ceiling", plans.get(6).isNull("max_rate_limit_tier"), is(true));
    assertThat(
        plans.stream().filter(p -> p.getBoolean("current")).map(p -> p.getString("id")).toList(),
        is(List.of("small-block")));
  }

  @Test
  void whenRateLimitsRefuseRequestsThenTheMonthsUsageCountsThemApartFromTheQuota() {
    Tenant tenant = tenantOn("basic");
    String key = tenant.key();
    // A standard key: a burst of 20, then 2 a second; 40 requests at once outrun it.
    int admitted = 0;
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> answer = echo(key);
      if (answer.statusCode() == 429) {
        assertProblem(answer, 429, "rate_limited");
        refused++;
      } else {
        assertThat(answer.body(), answer.statusCode(), is(200));
        admitted++;
      }
    }
    assertThat("the burst was outrun", refused, greaterThanOrEqualTo(1));

    // Read with another key of the organization: the first one's burst is spent.
    String reader = createKey(tenant.console(), "Quota reader", "customers:read");
    assertThat(refusedRequests(reader, refused), is((long) refused));
    assertThat(quota(reader).getJsonNumber("used").longValue(), is((long) admitted));
    ConsoleClient console = tenant.console().get("/portal/api-keys");
    assertThat(console.text(), containsString(refused + " requests refused with 429 this month"));
  }

  /** The quota's refused_requests once it reaches {@code expected}, or after 5 s, what it is. */
  private static long refusedRequests(String key, long expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    long refused = quota(key).getJsonNumber("refused_requests").longValue();
    while (refused < expected && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      refused = quota(key).getJsonNumber("refused_requests").longValue();
    }
    return refused;
  }

  @Test
  void theConsoleShowsTheQuotaUseToEveryMemberAndNoPlanFormToAnyOfThem() {
    Tenant tenant = tenantOn("small-block");
    for (int i = 1; i <= 8; i++) {
      echoed(tenant.key());
    }

    ConsoleClient console = tenant.console().get("/portal/api-keys");
    assertThat(console.text(), containsString("Plan small-block : 8 of 10 requests in"));
    assertThat(console.body(), containsString("class=\"quota quota-warning\""));
    assertThat(
        console.body(), containsString("<progress id=\"quota-meter\" max=\"10\" value=\"8\""));
    assertThat("the operator sets the plan, not the owner", console.hasForm("plan"), is(false));

    // An admin reads the quota too.
    ConsoleClient admin =
        ConsoleClient.joinedBy(console.invite(TestAccounts.email("quota-admin"), "admin"))
            .get("/portal/api-keys");
    assertThat(admin.text(), containsString("Plan small-block : 8 of 10 requests in"));
    assertThat(admin.hasForm("plan"), is(false));

    // Another organization sees its own quota, on the default plan.
    ConsoleClient other =
        ConsoleClient.signedUpOwner(
                "Other quota", TestAccounts.email("quota-other"), TestAccounts.PASSWORD)
            .get("/portal/api-keys");
    assertThat(other.text(), containsString("Plan basic : 0 of 100 000 requests in"));
  }

  private static String[] with(String key, String name, String value) {
    String[] auth = Keys.auth(key);
    String[] all = java.util.Arrays.copyOf(auth, auth.length + 2);
    all[auth.length] = name;
    all[auth.length + 1] = value;
    return all;
  }
}
