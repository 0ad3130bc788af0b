package dev.portico.webhook.catalog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.customer.api.CustomerResponse;
import dev.portico.invoice.domain.InvoiceStatus;
import dev.portico.job.domain.JobStatus;
import dev.portico.payment.domain.PaymentMethod;
import dev.portico.platform.json.PorticoJsonb;
import dev.portico.testing.JsonSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's schemas are generated from the records the API serializes: every example, and
 * every record with its nullable parts null, is valid by its schema with no property unlisted;
 * names, required properties, nulls and enumerations are as the API writes them.
 */
class WebhookEventCatalogTest {

  private static final WebhookEventCatalog CATALOG = WebhookEventCatalog.standard();

  /** An event type named in Portico's code: a string literal {@code "<object>.<change>"}. */
  private static final Pattern TYPE_IN_CODE =
      Pattern.compile(
          "\"((?:customer|job|invoice|payment|usage|webhook_endpoint|webhook)\\.[a-z_]+)\"");

  @Test
  void whenEveryExampleIsCheckedThenItIsValidByItsSchemaWithNoPropertyUnlisted() {
    List<String> failures = new ArrayList<>();
    for (WebhookEventCatalog.Entry entry : CATALOG.entries()) {
      String closed = JsonSchemas.closed(entry.schema().toString());
      JsonSchemas.errors(closed, entry.example().toString())
          .forEach(error -> failures.add(entry.type() + " " + error));
      assertThat(entry.type(), entry.example().getString("type"), is(entry.type()));
    }
    assertThat(String.join("\n", failures), failures, is(empty()));
  }

  @Test
  void whenARecordHasItsNullablePartsNullThenItsPayloadIsStillValid() throws Exception {
    List<String> failures = new ArrayList<>();
    for (WebhookEventType<?> type : WebhookEventTypes.all()) {
      Record emptied = TestRecords.withNullablePartsNull(type.example());
      String payload =
          PorticoJsonb.get()
              .toJson(
                  new WebhookPayload<>(
                      "evt_0GZlGz3ZzMXlqC1aYw8N1w",
                      type.type(),
                      WebhookEventCatalog.EXAMPLE_TIMESTAMP,
                      false,
                      WebhookPayload.API_VERSION,
                      new WebhookPayload.Data<>(emptied)));
      String closed = JsonSchemas.closed(schema(type.type()).toString());
      JsonSchemas.errors(closed, payload).forEach(error -> failures.add(type.type() + " " + error));
    }
    assertThat(String.join("\n", failures), failures, is(empty()));
  }

  @Test
  void whenTheCodeRecordsAnEventThenItsTypeIsInTheCatalogueAndEveryTypeIsRecorded()
      throws IOException {
    Set<String> inCode = new TreeSet<>();
    Path sources = Path.of("src/main/java");
    Path catalogue = sources.resolve("dev/portico/webhook/catalog");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.startsWith(catalogue)) {
          continue;
        }
        // Audit actions share the objects' names (webhook_endpoint.created) but are not events.
        String code = Files.readString(file).replaceAll("audit\\.record\\(\\s*\"[^\"]+\"", "");
        Matcher type = TYPE_IN_CODE.matcher(code);
        while (type.find()) {
          inCode.add(type.group(1));
        }
      }
    }
    List<String> catalogued =
        CATALOG.entries().stream().map(WebhookEventCatalog.Entry::type).toList();

    assertThat(inCode, hasItems("customer.created", "job.completed", "usage.quota_exceeded"));
    assertThat(catalogued, containsInAnyOrder(inCode.toArray()));
  }

  @Test
  void whenAPayloadSchemaIsGeneratedThenTheEnvelopeIsRequiredAndItsTypeIsConstant() {
    for (WebhookEventCatalog.Entry entry : CATALOG.entries()) {
      JsonObject schema = entry.schema();
      assertThat(schema.getString("$schema"), is("https://json-schema.org/draft/2020-12/schema"));
      assertThat(
          strings(schema.getJsonArray("required")),
          contains("id", "type", "timestamp", "livemode", "api_version", "data"));
      JsonObject properties = schema.getJsonObject("properties");
      assertThat(properties.getJsonObject("type").getString("const"), is(entry.type()));
      assertThat(properties.getJsonObject("timestamp").getString("format"), is("date-time"));
      JsonObject data = properties.getJsonObject("data");
      assertThat(strings(data.getJsonArray("required")), contains("object"));
      JsonObject object = data.getJsonObject("properties").getJsonObject("object");
      assertThat(object.getString("type"), is("object"));
      assertThat(entry.type(), strings(object.getJsonArray("required")), hasItem("object"));
      assertThat(
          entry.type(),
          object.getJsonObject("properties").keySet(),
          everyItem(matchesPattern("[a-z][a-z0-9_]*")));
    }
  }

  @Test
  void whenACustomerSchemaIsReadThenNullsAndAbsencesAreAsTheApiWritesThem() {
    JsonObject customer = object("customer.created");
    JsonObject properties = customer.getJsonObject("properties");
    List<String> required = strings(customer.getJsonArray("required"));

    assertThat(
        required,
        contains(
            "id",
            "object",
            "livemode",
            "name",
            "email",
            "phone",
            "metadata",
            "created_at",
            "updated_at"));
    assertThat(types(properties.getJsonObject("email")), contains("string", "null"));
    assertThat(types(properties.getJsonObject("name")), contains("string"));
    // An absent address is left out, never written as null; its parts likewise.
    assertThat(required, not(hasItem("address")));
    JsonObject address = properties.getJsonObject("address");
    assertThat(types(address), contains("object"));
    assertThat(address.containsKey("required"), is(false));
    assertThat(
        address.getJsonObject("properties").keySet(),
        contains("city", "country", "line1", "line2", "postal_code", "state"));
    assertThat(properties.getJsonObject("created_at").getString("format"), is("date-time"));
    assertThat(
        properties.getJsonObject("metadata").getJsonObject("additionalProperties"),
        is(Json.createObjectBuilder().add("type", "string").build()));
    assertThat(
        properties.getJsonObject("object").getString("description"), is("Always \"customer\"."));
  }

  @Test
  void whenStatusesAreEnumeratedThenTheyAreTheDomainsOwn() {
    assertThat(enumOf("job.completed", "status"), containsInAnyOrder(JobStatus.texts().toArray()));
    assertThat(
        enumOf("invoice.paid", "status"), containsInAnyOrder(InvoiceStatus.texts().toArray()));
    assertThat(
        enumOf("payment.received", "method"), containsInAnyOrder(PaymentMethod.texts().toArray()));
    assertThat(enumOf("payment.failed", "status"), containsInAnyOrder("succeeded", "failed"));
    assertThat(enumOf("usage.quota_warning", "kind"), containsInAnyOrder("warning", "exceeded"));
    JsonObject invoice = object("invoice.sent").getJsonObject("properties");
    assertThat(invoice.getJsonObject("due_date").getString("format"), is("date"));
    assertThat(types(invoice.getJsonObject("tax_rate")), contains("number"));
    assertThat(types(invoice.getJsonObject("total")), contains("integer"));
  }

  @Test
  void whenAPayloadBreaksItsSchemaThenValidationSaysWhere() {
    WebhookEventCatalog.Entry entry = CATALOG.find("customer.created").orElseThrow();
    String closed = JsonSchemas.closed(entry.schema().toString());
    JsonObject example = entry.example();
    JsonObject customer = example.getJsonObject("data").getJsonObject("object");

    for (JsonObject broken :
        List.of(
            withObject(example, Json.createObjectBuilder(customer).remove("name").build()),
            withObject(example, Json.createObjectBuilder(customer).addNull("name").build()),
            withObject(example, Json.createObjectBuilder(customer).add("nmae", "x").build()),
            withObject(
                example, Json.createObjectBuilder(customer).add("created_at", "yesterday").build()),
            Json.createObjectBuilder(example).add("type", "customer.updated").build(),
            Json.createObjectBuilder(example).remove("api_version").build())) {
      assertThat(broken.toString(), JsonSchemas.errors(closed, broken.toString()), not(empty()));
    }
  }

  @Test
  void whenATypeIsUnknownOrMisnamedOrListedTwiceThenTheCatalogueSaysSo() {
    assertThat(CATALOG.find("customer.archived").isPresent(), is(false));
    assertThat(
        CATALOG.find("job.completed").orElseThrow().description(), is("A job was completed."));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WebhookEventType.of(
                "Customer Created", "x", CustomerResponse.class, WebhookEventExamples.customer()));
    WebhookEventType<CustomerResponse> created =
        WebhookEventType.of(
            "customer.created", "x", CustomerResponse.class, WebhookEventExamples.customer());
    assertThrows(
        IllegalArgumentException.class, () -> WebhookEventCatalog.of(List.of(created, created)));
  }

  private static JsonObject schema(String type) {
    return CATALOG.find(type).orElseThrow().schema();
  }

  /** The schema of {@code data.object} of a type. */
  private static JsonObject object(String type) {
    return schema(type)
        .getJsonObject("properties")
        .getJsonObject("data")
        .getJsonObject("properties")
        .getJsonObject("object");
  }

  private static List<String> enumOf(String type, String property) {
    return strings(
        object(type).getJsonObject("properties").getJsonObject(property).getJsonArray("enum"));
  }

  private static List<String> types(JsonObject property) {
    JsonValue type = property.get("type");
    return type instanceof JsonString one ? List.of(one.getString()) : strings(type.asJsonArray());
  }

  private static List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static JsonObject withObject(JsonObject payload, JsonObject object) {
    return Json.createObjectBuilder(payload)
        .add("data", Json.createObjectBuilder().add("object", object))
        .build();
  }
}
