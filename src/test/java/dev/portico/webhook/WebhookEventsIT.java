package dev.portico.webhook;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.JsonSchemas;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/webhook-events} over HTTP: the catalogue, its scope, one type, an unknown type;
 * and the proof that matters, the schemas against the JSON Portico really emits: objects are made
 * and changed through the API, and the webhook payload of each of their events is valid by the
 * catalogue's schema of its type (closed to properties the schema does not list).
 */
class WebhookEventsIT {

  private static final String CATALOGUE = "/api/v1/webhook-events";

  /** The types the journey below makes happen; the quota alerts need a used-up live quota. */
  private static final List<String> JOURNEY_TYPES =
      List.of(
          "customer.created",
          "customer.updated",
          "customer.deleted",
          "job.created",
          "job.updated",
          "job.scheduled",
          "job.assigned",
          "job.started",
          "job.completed",
          "job.cancelled",
          "invoice.created",
          "invoice.sent",
          "invoice.paid",
          "invoice.overdue",
          "invoice.voided",
          "payment.received",
          "payment.failed",
          "payment.refunded");

  @Test
  void whenTheCatalogueIsListedThenEveryTypeHasADescriptionASchemaAndAValidExample() {
    HttpResponse<String> response = Api.get(CATALOGUE, Keys.bootstrapAuth());

    assertThat(response.body(), response.statusCode(), is(200));
    JsonObject page = Api.json(response);
    assertThat(page.getString("object"), is("list"));
    assertThat(page.getBoolean("has_more"), is(false));
    assertThat(page.get("next_cursor"), is(JsonValue.NULL));
    List<String> types = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (JsonObject type : page.getJsonArray("data").getValuesAs(JsonObject.class)) {
      types.add(type.getString("type"));
      assertThat(type.getString("object"), is("webhook_event_type"));
      assertThat(type.getString("description").isBlank(), is(false));
      assertThat(type.getJsonObject("example").getString("type"), is(type.getString("type")));
      String closed = JsonSchemas.closed(type.getJsonObject("schema").toString());
      JsonSchemas.errors(closed, type.getJsonObject("example").toString())
          .forEach(error -> failures.add(type.getString("type") + " " + error));
    }
    assertThat(String.join("\n", failures), failures, is(empty()));
    assertThat(types, hasItems(JOURNEY_TYPES.toArray(String[]::new)));
    assertThat(types, hasItems("usage.quota_warning", "usage.quota_exceeded"));
    assertThat(types.size(), is(new TreeSet<>(types).size()));
  }

  @Test
  void whenOneTypeIsRetrievedThenItIsTheCataloguesAndAnUnknownTypeIs404() {
    JsonObject listed =
        Api.json(Api.get(CATALOGUE, Keys.bootstrapAuth())).getJsonArray("data").stream()
            .map(JsonValue::asJsonObject)
            .filter(type -> type.getString("type").equals("job.completed"))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> one = Api.get(CATALOGUE + "/job.completed", Keys.bootstrapAuth());

    assertThat(one.body(), one.statusCode(), is(200));
    assertThat(Api.json(one), is(listed));
    JsonObject problem =
        assertProblem(
            Api.get(CATALOGUE + "/job.archived", Keys.bootstrapAuth()), 404, "resource_not_found");
    assertThat(problem.getString("detail"), containsString("job.archived"));
  }

  @Test
  void whenTheKeyIsMissingOrLacksWebhooksReadThenTheCatalogueIsRefused() {
    String customersOnly = TestApiKeys.create("no webhooks", "customers:read").getString("secret");
    String webhooksOnly =
        TestApiKeys.create("webhooks reader", "webhooks:read").getString("secret");

    assertProblem(Api.offContract().get(CATALOGUE), 401, "authentication_required");
    assertProblem(
        Api.offContract().get(CATALOGUE + "/job.completed"), 401, "authentication_required");
    JsonObject refused =
        assertProblem(Api.get(CATALOGUE, Keys.auth(customersOnly)), 403, "insufficient_scope");
    assertThat(refused.getString("detail"), containsString("webhooks:read"));
    assertProblem(
        Api.get(CATALOGUE + "/job.completed", Keys.auth(customersOnly)), 403, "insufficient_scope");
    assertThat(Api.get(CATALOGUE, Keys.auth(webhooksOnly)).statusCode(), is(200));
  }

  /**
   * The journey of one customer: updated, with a job walked to completion and another cancelled, an
   * invoice sent, declined, paid and refunded, another voided, one sent overdue; and a second
   * customer, bare, deleted. Every event about them becomes the payload a delivery would carry.
   */
  @Test
  void whenObjectsChangeThroughTheApiThenEveryEventsPayloadIsValidByItsTypesSchema() {
    String customer =
        created(
            "/api/v1/customers",
            "{\"name\":\"Catalogue "
                + UUID.randomUUID()
                + "\",\"email\":\"catalogue@example.com\",\"phone\":\"+1 415 555 0100\","
                + "\"address\":{\"line1\":\"1 Market Street\",\"city\":\"San Francisco\","
                + "\"country\":\"US\"},\"metadata\":{\"crm_id\":\"A-1042\"}}");
    ok(Api.patchJson(path("customers", customer), "{\"phone\":null}", Keys.bootstrapAuth()));
    String bare = created("/api/v1/customers", "{\"name\":\"Bare " + UUID.randomUUID() + "\"}");
    ok(Api.send("DELETE", path("customers", bare), BodyPublishers.noBody(), Keys.bootstrapAuth()));

    String job =
        created("/api/v1/jobs", "{\"customer\":\"" + customer + "\",\"title\":\"Boiler service\"}");
    ok(
        Api.patchJson(
            path("jobs", job),
            "{\"description\":\"Gate code 1234.\",\"address\":{\"city\":\"Oakland\"}}",
            Keys.bootstrapAuth()));
    action(
        "jobs",
        job,
        "schedule",
        "{\"scheduled_start\":\"2026-12-01T09:00:00Z\",\"scheduled_end\":\"2026-12-01T11:00:00Z\"}");
    action("jobs", job, "assign", "{\"technician\":\"Grace Hopper\"}");
    action("jobs", job, "start", null);
    action("jobs", job, "complete", null);
    String cancelled =
        created("/api/v1/jobs", "{\"customer\":\"" + customer + "\",\"title\":\"Never mind\"}");
    action("jobs", cancelled, "cancel", null);

    String paid = invoice(customer, ",\"job\":\"" + job + "\",\"tax_rate\":8.25");
    action("invoices", paid, "send", null);
    String declined = payment(paid, 1000, "test_card_declined");
    String received = payment(paid, 27063, "card");
    action("payments", received, "refund", "{\"amount\":5000}");
    String voided = invoice(customer, "");
    action("invoices", voided, "send", null);
    action("invoices", voided, "void", null);
    String overdue = invoice(customer, ",\"due_date\":\"2020-01-01\"");
    action("invoices", overdue, "send", null);

    Map<String, String> schemas = new HashMap<>();
    Set<String> seen = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (String object :
        List.of(customer, bare, job, cancelled, paid, declined, received, voided, overdue)) {
      for (JsonObject event : events(object)) {
        String type = event.getString("type");
        seen.add(type);
        String schema = schemas.computeIfAbsent(type, WebhookEventsIT::closedSchema);
        JsonSchemas.errors(schema, payload(event).toString())
            .forEach(error -> failures.add(type + " " + event.getString("id") + " " + error));
      }
    }

    assertThat(String.join("\n", failures), failures, is(empty()));
    assertThat(seen, is(new TreeSet<>(JOURNEY_TYPES)));
  }

  /** The body a delivery of this event carries (SPEC, Webhooks). */
  private static JsonObject payload(JsonObject event) {
    return Json.createObjectBuilder()
        .add("id", event.getString("id"))
        .add("type", event.getString("type"))
        .add("timestamp", event.getString("created_at"))
        .add("livemode", event.getBoolean("livemode"))
        .add("api_version", event.getString("api_version"))
        .add("data", event.getJsonObject("data"))
        .build();
  }

  private static String closedSchema(String type) {
    HttpResponse<String> response = Api.get(CATALOGUE + "/" + type, Keys.bootstrapAuth());
    assertThat(type + " is catalogued", response.statusCode(), is(200));
    return JsonSchemas.closed(Api.json(response).getJsonObject("schema").toString());
  }

  private static List<JsonObject> events(String objectId) {
    return ok(Api.get("/api/v1/events?limit=100&object=" + objectId, Keys.bootstrapAuth()))
        .getJsonArray("data")
        .getValuesAs(JsonObject.class);
  }

  private static String invoice(String customer, String more) {
    return created(
        "/api/v1/invoices",
        "{\"customer\":\""
            + customer
            + "\",\"currency\":\"usd\",\"lines\":[{\"description\":\"Boiler service\","
            + "\"quantity\":2,\"unit_amount\":12500}]"
            + more
            + "}");
  }

  private static String payment(String invoice, long amount, String method) {
    HttpResponse<String> response =
        Api.postJson(
            path("invoices", invoice) + "/payments",
            "{\"amount\":" + amount + ",\"currency\":\"usd\",\"method\":\"" + method + "\"}",
            Keys.bootstrapAuth());
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response).getString("id");
  }

  private static void action(String collection, String id, String action, String body) {
    String path = path(collection, id) + "/" + action;
    ok(
        body == null
            ? Api.send("POST", path, BodyPublishers.noBody(), Keys.bootstrapAuth())
            : Api.postJson(path, body, Keys.bootstrapAuth()));
  }

  private static String created(String collection, String body) {
    HttpResponse<String> response = Api.postJson(collection, body, Keys.bootstrapAuth());
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response).getString("id");
  }

  private static String path(String collection, String id) {
    return "/api/v1/" + collection + "/" + id;
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.body(), response.statusCode(), is(200));
    return Api.json(response);
  }
}
