package dev.portico.sandbox;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.platform.id.Base62;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.testing.Api;
import dev.portico.testing.InContainer;
import dev.portico.testing.Keys;
import dev.portico.testing.ProblemAssertions;
import dev.portico.testing.TestTenants;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox over HTTP: seed fills test mode with every state, reset empties it, the clock moves
 * test-mode time and the time rules follow; live data, other organizations and live keys are never
 * touched. In-container, for live keys and second organizations no API makes.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxIT {

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "sandbox-it",
        SandboxIT.class,
        Api.class,
        Keys.class,
        ProblemAssertions.class,
        TestTenants.class,
        ApiKeyToken.class,
        Base62.class,
        PrefixedIds.class);
  }

  @Test
  void whenSeededThenTestModeHoldsEveryStateAndLiveModeIsUntouched() {
    String organization = TestTenants.organization("Seeded");
    String testKey = TestTenants.key(organization, false);
    String liveKey = TestTenants.key(organization, true);
    created(liveKey, "/api/v1/customers", "{\"name\":\"A live customer\"}");

    HttpResponse<String> seeded = post("/api/v1/sandbox/seed", testKey);

    assertThat(seeded.body(), seeded.statusCode(), is(200));
    JsonObject counts = Api.json(seeded).getJsonObject("created");
    assertThat(counts.getInt("customers"), is(30));
    assertThat(counts.getInt("jobs"), is(18));
    assertThat(counts.getInt("invoices"), is(11));
    assertThat(counts.getInt("payments"), is(6));
    assertThat(all(testKey, "customers").size(), is(30));
    assertThat(
        countBy(all(testKey, "jobs"), job -> job.getString("status")),
        is(
            Map.of(
                "unscheduled",
                3L,
                "scheduled",
                3L,
                "assigned",
                3L,
                "in_progress",
                3L,
                "completed",
                3L,
                "cancelled",
                3L)));
    assertThat(
        countBy(all(testKey, "jobs"), job -> "due=" + job.getBoolean("due")).get("due=true"),
        is(2L));
    List<JsonObject> invoices = all(testKey, "invoices");
    assertThat(
        countBy(invoices, invoice -> invoice.getString("status")),
        is(Map.of("draft", 2L, "open", 4L, "paid", 3L, "void", 2L)));
    assertThat(
        countBy(invoices, i -> "overdue=" + i.getBoolean("overdue")).get("overdue=true"), is(1L));
    assertThat(
        countBy(
                invoices,
                i -> "partly=" + (i.getInt("amount_paid") > 0 && i.getInt("amount_due") > 0))
            .get("partly=true"),
        is(1L));
    List<JsonObject> payments = all(testKey, "payments");
    assertThat(
        countBy(payments, p -> p.getString("status")), is(Map.of("succeeded", 5L, "failed", 1L)));
    assertThat(
        countBy(payments, p -> "refunded=" + (p.getInt("amount_refunded") > 0))
            .get("refunded=true"),
        is(1L));
    Map<String, Long> events = countBy(all(testKey, "events"), e -> e.getString("type"));
    for (String type :
        List.of(
            "customer.created",
            "job.completed",
            "job.cancelled",
            "invoice.sent",
            "invoice.paid",
            "invoice.overdue",
            "invoice.voided",
            "payment.received",
            "payment.failed",
            "payment.refunded")) {
      assertThat(type, events.getOrDefault(type, 0L), greaterThan(0L));
    }
    List<JsonObject> live = all(liveKey, "customers");
    assertThat(live.size(), is(1));
    assertThat(live.get(0).getString("name"), is("A live customer"));
  }

  @Test
  void whenResetThenTestModeIsEmptyAndLiveModeAndOtherOrganizationsKeepTheirs() {
    String organization = TestTenants.organization("Reset");
    String testKey = TestTenants.key(organization, false);
    String liveKey = TestTenants.key(organization, true);
    String otherKey = TestTenants.key(TestTenants.organization("Neighbour"), false);
    String liveCustomer = created(liveKey, "/api/v1/customers", "{\"name\":\"Stays\"}");
    assertThat(post("/api/v1/sandbox/seed", testKey).statusCode(), is(200));
    assertThat(post("/api/v1/sandbox/seed", otherKey).statusCode(), is(200));
    assertThat(advance(testKey, "{\"advance_by\":\"P3D\"}").statusCode(), is(200));
    int eventsBefore = all(testKey, "events").size();

    assertProblem(
        Api.offContract().postJson("/api/v1/sandbox/reset", "{", Keys.auth(testKey)),
        415,
        "unsupported_media_type");
    assertThat(all(testKey, "customers").size(), is(30));

    HttpResponse<String> reset = post("/api/v1/sandbox/reset", testKey);

    assertThat(reset.body(), reset.statusCode(), is(200));
    JsonObject deleted = Api.json(reset).getJsonObject("deleted");
    assertThat(deleted.getInt("customers"), is(30));
    assertThat(deleted.getInt("jobs"), is(18));
    assertThat(deleted.getInt("invoices"), is(11));
    assertThat(deleted.getInt("payments"), is(6));
    assertThat(deleted.getInt("events"), is(eventsBefore));
    for (String list : List.of("customers", "jobs", "invoices", "payments", "events")) {
      assertThat(list, all(testKey, list).size(), is(0));
    }
    JsonObject clock = Api.json(Api.get("/api/v1/sandbox/clock", Keys.auth(testKey)));
    assertThat(clock.getJsonNumber("offset_seconds").longValue(), is(0L));
    assertThat(clock.get("advanced_at"), is(JsonValue.NULL));
    assertThat(
        Api.get("/api/v1/customers/" + liveCustomer, Keys.auth(liveKey)).statusCode(), is(200));
    assertThat(all(otherKey, "customers").size(), is(30));
    assertThat(all(otherKey, "invoices").size(), is(11));
  }

  @Test
  void whenALiveKeyUsesTheSandboxThenEveryOperationIs403AndNothingChanges() {
    String organization = TestTenants.organization("Live");
    String liveKey = TestTenants.key(organization, true);
    String customer = created(liveKey, "/api/v1/customers", "{\"name\":\"Real\"}");

    assertProblem(post("/api/v1/sandbox/seed", liveKey), 403, "test_mode_only");
    assertProblem(post("/api/v1/sandbox/reset", liveKey), 403, "test_mode_only");
    assertProblem(Api.get("/api/v1/sandbox/clock", Keys.auth(liveKey)), 403, "test_mode_only");
    assertProblem(advance(liveKey, "{\"advance_by\":\"P1D\"}"), 403, "test_mode_only");

    assertThat(all(liveKey, "customers").size(), is(1));
    assertThat(Api.get("/api/v1/customers/" + customer, Keys.auth(liveKey)).statusCode(), is(200));
  }

  @Test
  void whenAKeyLacksAWriteScopeThenChangesAre403NamingItAndTheClockCanStillBeRead() {
    String organization = TestTenants.organization("Narrow");
    String fullKey = TestTenants.key(organization, false);
    HttpResponse<String> narrow =
        Api.postJson(
            "/api/v1/api-keys",
            "{\"name\":\"customers only\",\"scopes\":[\"customers:read\",\"customers:write\"]}",
            Keys.auth(fullKey));
    assertThat(narrow.body(), narrow.statusCode(), is(201));
    String narrowKey = Api.json(narrow).getString("secret");

    JsonObject problem =
        assertProblem(post("/api/v1/sandbox/seed", narrowKey), 403, "insufficient_scope");
    assertThat(problem.getString("detail"), containsString("jobs:write"));
    assertProblem(post("/api/v1/sandbox/reset", narrowKey), 403, "insufficient_scope");
    assertProblem(advance(narrowKey, "{\"advance_by\":\"P1D\"}"), 403, "insufficient_scope");
    assertThat(Api.get("/api/v1/sandbox/clock", Keys.auth(narrowKey)).statusCode(), is(200));
    assertThat(all(fullKey, "customers").size(), is(0));
  }

  @Test
  void whenTheClockAdvancesThenInvoicesFallOverdueOnceJobsFallDueAndLiveModeKeepsRealTime() {
    String organization = TestTenants.organization("Clock");
    String testKey = TestTenants.key(organization, false);
    String liveKey = TestTenants.key(organization, true);
    String customer = created(testKey, "/api/v1/customers", "{\"name\":\"Clocked\"}");
    String invoice = sentInvoice(testKey, customer);
    String liveInvoice =
        sentInvoice(liveKey, created(liveKey, "/api/v1/customers", "{\"name\":\"Live\"}"));
    String job =
        created(testKey, "/api/v1/jobs", "{\"customer\":\"" + customer + "\",\"title\":\"Later\"}");
    Instant start = Instant.now().plus(Duration.ofDays(2));
    HttpResponse<String> scheduled =
        Api.postJson(
            "/api/v1/jobs/" + job + "/schedule",
            "{\"scheduled_start\":\""
                + start
                + "\",\"scheduled_end\":\""
                + start.plusSeconds(3600)
                + "\"}",
            Keys.auth(testKey));
    assertThat(Api.json(scheduled).getBoolean("due"), is(false));
    assertThat(object(testKey, "invoices", invoice).getBoolean("overdue"), is(false));

    HttpResponse<String> advanced = advance(testKey, "{\"advance_by\":\"P31D\"}");

    assertThat(advanced.body(), advanced.statusCode(), is(200));
    JsonObject clock = Api.json(advanced);
    assertThat(clock.getJsonNumber("offset_seconds").longValue(), is(31L * 24 * 3600));
    Instant testNow = Instant.parse(clock.getString("now"));
    assertThat(
        Duration.between(Instant.now().plus(Duration.ofDays(31)), testNow).abs().toSeconds(),
        lessThan(60L));
    assertThat(object(testKey, "invoices", invoice).getBoolean("overdue"), is(true));
    assertThat(object(testKey, "jobs", job).getBoolean("due"), is(true));
    assertThat(overdueEvents(testKey, invoice), is(1));
    assertThat(object(liveKey, "invoices", liveInvoice).getBoolean("overdue"), is(false));

    assertThat(advance(testKey, "{\"advance_by\":\"P1D\"}").statusCode(), is(200));
    assertThat(overdueEvents(testKey, invoice), is(1));
    String later = sentInvoice(testKey, customer);
    LocalDate testToday = LocalDate.ofInstant(testNow, ZoneOffset.UTC).plusDays(1);
    assertThat(
        object(testKey, "invoices", later).getString("due_date"),
        is(testToday.plusDays(30).toString()));
    Instant target = testNow.plus(Duration.ofDays(10));
    HttpResponse<String> to = advance(testKey, "{\"advance_to\":\"" + target + "\"}");
    assertThat(to.body(), to.statusCode(), is(200));
    assertThat(
        Duration.between(target, Instant.parse(Api.json(to).getString("now"))).abs().toSeconds(),
        lessThan(60L));
  }

  @Test
  void whenTheClockIsGivenBadInputThenEachIsA400NamingTheFieldAndTheClockStays() {
    String testKey = TestTenants.key(TestTenants.organization("Bad clock"), false);
    Map<String, String> cases = new TreeMap<>();
    cases.put("{}", "advance_by");
    cases.put("{\"advance_by\":\"P1D\",\"advance_to\":\"2030-01-01T00:00:00Z\"}", "advance_to");
    cases.put("{\"advance_by\":\"-P1D\"}", "advance_by");
    cases.put("{\"advance_by\":\"PT0S\"}", "advance_by");
    cases.put("{\"advance_by\":\"1 day\"}", "advance_by");
    cases.put("{\"advance_by\":\"P3661D\"}", "advance_by");
    cases.put("{\"advance_by\":\"PT999999999999999H\"}", "advance_by");
    cases.put("{\"advance_to\":\"2020-01-01T00:00:00Z\"}", "advance_to");

    cases.forEach(
        (body, field) -> {
          JsonObject problem = assertProblem(advance(testKey, body), 400, "validation_failed");
          assertThat(
              body, problem.getJsonArray("errors").getJsonObject(0).getString("field"), is(field));
        });
    assertProblem(advance(testKey, "{\"advance_by\":3}"), 400, "invalid_type");
    assertProblem(advance(testKey, "{\"advance_to\":\"tomorrow\"}"), 400, "invalid_type");
    assertProblem(advance(testKey, "{\"advance_in\":\"P1D\"}"), 400, "unknown_field");
    JsonObject clock = Api.json(Api.get("/api/v1/sandbox/clock", Keys.auth(testKey)));
    assertThat(clock.getJsonNumber("offset_seconds").longValue(), is(0L));
  }

  private static String sentInvoice(String key, String customer) {
    String invoice =
        created(
            key,
            "/api/v1/invoices",
            "{\"customer\":\""
                + customer
                + "\",\"currency\":\"usd\",\"tax_rate\":0,"
                + "\"lines\":[{\"description\":\"Visit\",\"quantity\":1,\"unit_amount\":5000}]}");
    HttpResponse<String> sent = post("/api/v1/invoices/" + invoice + "/send", key);
    assertThat(sent.body(), sent.statusCode(), is(200));
    return invoice;
  }

  private static int overdueEvents(String key, String invoice) {
    return all(key, "events?type=invoice.overdue&object=" + invoice).size();
  }

  private static HttpResponse<String> advance(String key, String body) {
    return Api.postJson("/api/v1/sandbox/clock", body, Keys.auth(key));
  }

  private static HttpResponse<String> post(String path, String key) {
    return Api.send("POST", path, BodyPublishers.noBody(), Keys.auth(key));
  }

  private static String created(String key, String path, String body) {
    HttpResponse<String> response = Api.postJson(path, body, Keys.auth(key));
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response).getString("id");
  }

  private static JsonObject object(String key, String list, String id) {
    HttpResponse<String> response = Api.get("/api/v1/" + list + "/" + id, Keys.auth(key));
    assertThat(response.body(), response.statusCode(), is(200));
    return Api.json(response);
  }

  /** Every object of a list (or a filtered list, given with its query), page after page. */
  private static List<JsonObject> all(String key, String list) {
    String first = "/api/v1/" + list + (list.contains("?") ? "&" : "?") + "limit=100";
    List<JsonObject> objects = new ArrayList<>();
    String path = first;
    while (path != null) {
      HttpResponse<String> page = Api.get(path, Keys.auth(key));
      assertThat(page.body(), page.statusCode(), is(200));
      JsonObject body = Api.json(page);
      objects.addAll(body.getJsonArray("data").getValuesAs(JsonObject.class));
      path =
          body.getBoolean("has_more") ? first + "&cursor=" + body.getString("next_cursor") : null;
    }
    return objects;
  }

  private static Map<String, Long> countBy(
      List<JsonObject> objects, Function<JsonObject, String> key) {
    return objects.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
