package dev.portico.customer;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/customers} over HTTP: each operation, its rules, its errors and its events. */
class CustomersIT {

  private static final String CUSTOMERS = "/api/v1/customers";

  @Test
  void whenACustomerIsCreatedThenItIsReturnedWithItsLocationAndETagAndCanBeRetrieved() {
    HttpResponse<String> created =
        Api.postJson(
            CUSTOMERS,
            "{\"name\":\" Ada Lovelace \",\"email\":\"Ada@Example.COM\",\"phone\":\"+1 415 555"
                + " 0100\",\"address\":{\"line1\":\"1 Market Street\",\"city\":\"San"
                + " Francisco\",\"postal_code\":\"94105\",\"country\":\"US\"},"
                + "\"metadata\":{\"crm_id\":\"A-1042\"}}",
            Keys.bootstrapAuth());

    assertThat(created.body(), created.statusCode(), is(201));
    JsonObject customer = Api.json(created);
    String id = customer.getString("id");
    assertThat(id, startsWith("cus_"));
    assertThat(customer.getString("object"), is("customer"));
    assertThat(customer.getBoolean("livemode"), is(false));
    assertThat(customer.getString("name"), is("Ada Lovelace"));
    assertThat(customer.getString("email"), is("ada@example.com"));
    assertThat(customer.getJsonObject("address").getString("postal_code"), is("94105"));
    assertThat(customer.getJsonObject("address").get("line2"), nullValue());
    assertThat(customer.getJsonObject("metadata").getString("crm_id"), is("A-1042"));
    assertThat(
        created.headers().firstValue("Location").orElseThrow(), endsWith(CUSTOMERS + "/" + id));
    String etag = created.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> read = Api.get(CUSTOMERS + "/" + id, Keys.bootstrapAuth());
    assertThat(read.statusCode(), is(200));
    assertThat(Api.json(read), is(customer));
    assertThat(read.headers().firstValue("ETag").orElseThrow(), is(etag));
  }

  @Test
  void whenEveryFieldIsWrongThenEachIsNamedAndNothingIsCreated() {
    String name = TestCustomers.uniqueName("never");
    String tooMany =
        IntStream.range(0, 51)
            .mapToObj(i -> "\"k" + i + "\":\"v\"")
            .collect(Collectors.joining(","));

    HttpResponse<String> response =
        Api.offContract()
            .postJson(
                CUSTOMERS,
                "{\"name\":\" \",\"email\":\"not-an-address\",\"phone\":\"call me\","
                    + "\"address\":{\"country\":\"Germany\"},\"metadata\":{"
                    + tooMany
                    + "}}",
                Keys.bootstrapAuth());

    JsonObject problem = assertProblem(response, 400, "validation_failed");
    assertThat(
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList(),
        containsInAnyOrder("name", "email", "phone", "address.country", "metadata"));
    assertProblem(
        Api.offContract()
            .postJson(
                CUSTOMERS, "{\"name\":\"" + name + "\",\"nmae\":\"x\"}", Keys.bootstrapAuth()),
        400,
        "unknown_field");
    assertProblem(
        Api.offContract().postJson(CUSTOMERS, "{\"name\":42}", Keys.bootstrapAuth()),
        400,
        "invalid_type");
    assertThat(list("?q=" + name).getJsonArray("data").isEmpty(), is(true));
  }

  @Test
  void whenPatchedThenOnlyTheFieldsSentChangeAndNullClears() {
    JsonObject customer =
        TestCustomers.create(
            "{\"name\":\"Grace\",\"email\":\"grace@example.com\",\"phone\":\"555 0101\","
                + "\"metadata\":{\"tier\":\"gold\"}}");
    String path = CUSTOMERS + "/" + customer.getString("id");

    HttpResponse<String> patched =
        Api.patchJson(path, "{\"name\":\"Grace Hopper\",\"phone\":null}", Keys.bootstrapAuth());

    assertThat(patched.body(), patched.statusCode(), is(200));
    JsonObject after = Api.json(patched);
    assertThat(after.getString("name"), is("Grace Hopper"));
    assertThat(after.get("phone"), is(JsonValue.NULL));
    assertThat(after.getString("email"), is("grace@example.com"));
    assertThat(after.getJsonObject("metadata").getString("tier"), is("gold"));
    assertProblem(
        Api.offContract().patchJson(path, "{\"name\":null}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract().patchJson(path, "[]", Keys.bootstrapAuth()), 400, "invalid_type");
  }

  @Test
  void whenIfMatchIsStaleThenPatchAndDeleteAnswer412AndChangeNothing() {
    JsonObject customer = TestCustomers.named(TestCustomers.uniqueName("etag"));
    String path = CUSTOMERS + "/" + customer.getString("id");
    String first = Api.get(path, Keys.bootstrapAuth()).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> changed =
        Api.patchJson(
            path,
            "{\"name\":\"Second\"}",
            "If-Match",
            first,
            Keys.bootstrapAuth()[0],
            Keys.bootstrapAuth()[1]);
    String second = changed.headers().firstValue("ETag").orElseThrow();

    assertThat(changed.statusCode(), is(200));
    assertThat(second, not(first));
    assertProblem(
        Api.patchJson(
            path,
            "{\"name\":\"Lost\"}",
            "If-Match",
            first,
            Keys.bootstrapAuth()[0],
            Keys.bootstrapAuth()[1]),
        412,
        "precondition_failed");
    assertProblem(delete(path, "If-Match", "W/" + second), 412, "precondition_failed");
    assertProblem(delete(path, "If-Match", first), 412, "precondition_failed");
    assertThat(Api.json(Api.get(path, Keys.bootstrapAuth())).getString("name"), is("Second"));
    assertThat(delete(path, "If-Match", second).statusCode(), is(200));
  }

  @Test
  void whenDeletedThenItIsGoneAndTheAnswerSaysSo() {
    JsonObject customer = TestCustomers.named(TestCustomers.uniqueName("gone"));
    String path = CUSTOMERS + "/" + customer.getString("id");

    HttpResponse<String> deleted = delete(path, "If-Match", "*");

    assertThat(deleted.statusCode(), is(200));
    JsonObject body = Api.json(deleted);
    assertThat(body.getString("id"), is(customer.getString("id")));
    assertThat(body.getBoolean("deleted"), is(true));
    assertProblem(Api.get(path, Keys.bootstrapAuth()), 404, "resource_not_found");
    assertProblem(delete(path, "If-Match", "*"), 404, "resource_not_found");
  }

  @Test
  void whenFilteredSortedAndTrimmedThenTheListShowsExactlyThat() {
    String tag = TestCustomers.uniqueName("filter");
    TestCustomers.create(
        "{\"name\":\"" + tag + " Charlie\",\"email\":\"c-" + tag + "@example.com\"}");
    TestCustomers.named(tag + " Alice");
    TestCustomers.named(tag + " Bob");

    JsonObject byName = list("?q=" + tag.toUpperCase() + "&sort=name:asc&fields=name");
    List<String> names =
        byName.getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("name"))
            .toList();
    assertThat(names, contains(tag + " Alice", tag + " Bob", tag + " Charlie"));
    JsonObject trimmed = byName.getJsonArray("data").getJsonObject(0);
    assertThat(trimmed.keySet(), containsInAnyOrder("id", "object", "name"));
    assertThat(
        list("?email=C-" + tag.toUpperCase() + "@EXAMPLE.COM").getJsonArray("data").size(), is(1));
    assertThat(
        list("?q=" + tag + "&created_gte=2999-01-01T00:00:00Z").getJsonArray("data").isEmpty(),
        is(true));
    assertThat(
        list("?q=" + tag + "&created_lt=2999-01-01T00:00:00Z").getJsonArray("data").size(), is(3));
  }

  @Test
  void whenAListParameterIsUnknownOrWrongThenTheProblemNamesIt() {
    assertNamed(Api.get(CUSTOMERS + "?colour=red", Keys.bootstrapAuth()), "colour");
    assertNamed(Api.get(CUSTOMERS + "?sort=email:asc", Keys.bootstrapAuth()), "sort");
    assertNamed(Api.get(CUSTOMERS + "?sort=name:sideways", Keys.bootstrapAuth()), "sort");
    assertNamed(Api.get(CUSTOMERS + "?fields=id,secret", Keys.bootstrapAuth()), "fields");
    assertNamed(
        Api.offContract().get(CUSTOMERS + "?created_gte=yesterday", Keys.bootstrapAuth()),
        "created_gte");
    assertNamed(Api.offContract().get(CUSTOMERS + "?limit=101", Keys.bootstrapAuth()), "limit");
    assertNamed(Api.offContract().get(CUSTOMERS + "?q=a&q=b", Keys.bootstrapAuth()), "q");
    assertNamed(Api.get(CUSTOMERS + "/cus_none?fields=nope", Keys.bootstrapAuth()), "fields");
  }

  @Test
  void whenACursorIsAlteredOrUsedOnAnotherQueryThenItIsRefused() {
    String tag = TestCustomers.uniqueName("cursor");
    for (int i = 0; i < 3; i++) {
      TestCustomers.named(tag + " " + i);
    }
    String cursor = list("?q=" + tag + "&limit=1").getString("next_cursor");

    assertThat(list("?q=" + tag + "&limit=1&cursor=" + cursor).getJsonArray("data").size(), is(1));
    assertProblem(get("?q=" + tag + "&limit=1&cursor=" + cursor + "x"), 400, "invalid_cursor");
    assertProblem(get("?q=other&limit=1&cursor=" + cursor), 400, "invalid_cursor");
    assertProblem(
        get("?q=" + tag + "&sort=name:asc&limit=1&cursor=" + cursor), 400, "invalid_cursor");
    assertProblem(
        Api.get("/api/v1/events?limit=1&cursor=" + cursor, Keys.bootstrapAuth()),
        400,
        "invalid_cursor");
  }

  @Test
  void whenTheKeyLacksAScopeThenEachOperationSaysWhichAndWithoutAKey401() {
    String readOnly = TestApiKeys.create("customers reader", "customers:read").getString("secret");
    String none = TestApiKeys.create("no customers", "audit:read").getString("secret");
    String id = TestCustomers.named(TestCustomers.uniqueName("scopes")).getString("id");

    assertThat(Api.get(CUSTOMERS + "/" + id, Keys.auth(readOnly)).statusCode(), is(200));
    assertProblem(
        Api.postJson(CUSTOMERS, "{\"name\":\"x\"}", Keys.auth(readOnly)),
        403,
        "insufficient_scope");
    assertProblem(
        Api.patchJson(CUSTOMERS + "/" + id, "{\"name\":\"x\"}", Keys.auth(readOnly)),
        403,
        "insufficient_scope");
    assertProblem(
        Api.send("DELETE", CUSTOMERS + "/" + id, BodyPublishers.noBody(), Keys.auth(readOnly)),
        403,
        "insufficient_scope");
    assertProblem(Api.get(CUSTOMERS, Keys.auth(none)), 403, "insufficient_scope");
    assertProblem(Api.get("/api/v1/events", Keys.auth(none)), 403, "insufficient_scope");
    assertProblem(Api.offContract().get(CUSTOMERS), 401, "authentication_required");
  }

  @Test
  void whenACustomerChangesThenEachChangeIsAnEventWithTheObjectAfterIt() {
    JsonObject customer = TestCustomers.named(TestCustomers.uniqueName("events"));
    String id = customer.getString("id");
    Api.patchJson(CUSTOMERS + "/" + id, "{\"name\":\"Renamed\"}", Keys.bootstrapAuth());
    delete(CUSTOMERS + "/" + id, "If-Match", "*");

    JsonObject events = Api.json(Api.get("/api/v1/events?object=" + id, Keys.bootstrapAuth()));
    List<JsonObject> data = events.getJsonArray("data").getValuesAs(JsonObject.class);

    assertThat(
        data.stream().map(e -> e.getString("type")).toList(),
        contains("customer.deleted", "customer.updated", "customer.created"));
    assertThat(
        data.get(1).getJsonObject("data").getJsonObject("object").getString("name"), is("Renamed"));
    assertThat(data.get(2).getJsonObject("data").getJsonObject("object"), is(customer));
    JsonObject one =
        Api.json(Api.get("/api/v1/events/" + data.get(0).getString("id"), Keys.bootstrapAuth()));
    assertThat(one.getString("object"), is("event"));
    assertThat(one.getString("api_version"), is("v1"));
    assertThat(
        Api.json(Api.get("/api/v1/events?type=customer.updated&object=" + id, Keys.bootstrapAuth()))
            .getJsonArray("data")
            .size(),
        is(1));
    String jobsOnly = TestApiKeys.create("jobs reader", "jobs:read").getString("secret");
    assertProblem(
        Api.get("/api/v1/events/" + one.getString("id"), Keys.auth(jobsOnly)),
        403,
        "insufficient_scope");
  }

  private static JsonObject list(String query) {
    HttpResponse<String> response = get(query);
    assertThat(response.body(), response.statusCode(), is(200));
    return Api.json(response);
  }

  private static HttpResponse<String> get(String query) {
    return Api.get(CUSTOMERS + query, Keys.bootstrapAuth());
  }

  private static HttpResponse<String> delete(String path, String... headers) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = Keys.bootstrapAuth()[0];
    all[headers.length + 1] = Keys.bootstrapAuth()[1];
    return Api.send("DELETE", path, BodyPublishers.noBody(), all);
  }

  private static void assertNamed(HttpResponse<String> response, String parameter) {
    JsonObject problem = assertProblem(response, 400, "validation_failed");
    assertThat(
        response.body(),
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList(),
        contains(parameter));
  }
}
