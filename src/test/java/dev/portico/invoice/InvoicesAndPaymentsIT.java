package dev.portico.invoice;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Invoices and payments over HTTP: totals, drafts, sending, paying, refunding, voiding. */
class InvoicesAndPaymentsIT {

  private static final String INVOICES = "/api/v1/invoices";
  private static final String PAYMENTS = "/api/v1/payments";
  private static final String SERVICE_LINE =
      "{\"description\":\"Boiler service\",\"quantity\":2,\"unit_amount\":12500}";

  @Test
  void whenADraftIsCreatedThenTheServerComputesTheTotalsRoundingTaxHalfUpOnce() {
    JsonObject invoice = draft(customer(), "[" + SERVICE_LINE + "]", "8.25");

    assertThat(invoice.getString("id"), startsWith("inv_"));
    assertThat(invoice.getString("status"), is("draft"));
    assertThat(invoice.getString("currency"), is("usd"));
    assertThat(
        invoice.getJsonArray("lines").getJsonObject(0).getJsonNumber("amount").longValue(),
        is(25000L));
    assertThat(amount(invoice, "subtotal"), is(25000L));
    assertThat(amount(invoice, "tax"), is(2063L)); // 2062.5 rounds up
    assertThat(amount(invoice, "total"), is(27063L));
    assertThat(amount(invoice, "amount_due"), is(27063L));

    JsonObject half =
        draft(
            customer(),
            "[{\"description\":\"a\",\"quantity\":1,\"unit_amount\":1},"
                + "{\"description\":\"b\",\"quantity\":3,\"unit_amount\":333}]",
            "12.5");
    assertThat(amount(half, "subtotal"), is(1000L));
    assertThat(amount(half, "tax"), is(125L));
    JsonObject tiny =
        draft(customer(), "[{\"description\":\"c\",\"quantity\":1,\"unit_amount\":1}]", "50");
    assertThat(amount(tiny, "tax"), is(1L)); // 0.5 rounds up
  }

  @Test
  void whenTheInvoiceIsInvalidThenEachFieldIsNamed() {
    HttpResponse<String> response =
        Api.postJson(
            INVOICES,
            "{\"customer\":\"cus_none\",\"currency\":\"xyz\",\"tax_rate\":101,"
                + "\"lines\":[{\"description\":\"\",\"quantity\":0,\"unit_amount\":-1}]}",
            Keys.bootstrapAuth());
    JsonObject problem = assertProblem(response, 400, "validation_failed");
    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields.contains("currency"), is(true));
    assertThat(fields.contains("tax_rate"), is(true));
    assertThat(fields.stream().filter(f -> f.startsWith("lines")).count(), is(3L));
    assertProblem(
        Api.postJson(
            INVOICES, "{\"customer\":\"cus_none\",\"currency\":\"usd\"}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
  }

  @Test
  void whenADraftIsEditedSentAndThenEditedAgainThenOnlyTheDraftChanges() {
    String id = draft(customer(), "[" + SERVICE_LINE + "]", "8.25").getString("id");

    JsonObject edited =
        ok(Api.patchJson(INVOICES + "/" + id, "{\"tax_rate\":20}", Keys.bootstrapAuth()));
    assertThat(amount(edited, "tax"), is(5000L));
    assertThat(amount(edited, "total"), is(30000L));
    JsonObject sent = ok(post(INVOICES + "/" + id + "/send", null));
    assertThat(sent.getString("status"), is("open"));
    assertThat(
        sent.getString("due_date"), is(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));

    assertProblem(
        Api.patchJson(INVOICES + "/" + id, "{\"tax_rate\":0}", Keys.bootstrapAuth()),
        409,
        "invalid_state");
    assertProblem(delete(INVOICES + "/" + id), 409, "invalid_state");
    assertProblem(post(INVOICES + "/" + id + "/send", null), 409, "invalid_state");
    String other = draft(customer(), "[]", "0").getString("id");
    assertProblem(post(INVOICES + "/" + other + "/send", null), 409, "invalid_state");
    assertThat(delete(INVOICES + "/" + other).statusCode(), is(200));
  }

  @Test
  void whenPartialPaymentsReachTheTotalThenTheInvoiceIsPaidAndNoMoreIsTaken() {
    String customer = customer();
    String id = open(customer);

    JsonObject first = created(pay(id, 10000, "usd", "card"));
    assertThat(first.getString("status"), is("succeeded"));
    JsonObject afterFirst = get(INVOICES + "/" + id);
    assertThat(amount(afterFirst, "amount_paid"), is(10000L));
    assertThat(amount(afterFirst, "amount_due"), is(17063L));
    assertThat(afterFirst.getString("status"), is("open"));
    assertFieldNamed(pay(id, 100, "eur", "card"), "currency");
    assertFieldNamed(pay(id, 17064, "usd", "card"), "amount");
    assertFieldNamed(pay(id, 100, "usd", "barter"), "method");
    assertProblem(deleteCustomer(customer), 409, "resource_in_use");

    HttpResponse<String> rest =
        Api.postJson(
            PAYMENTS,
            "{\"invoice\":\""
                + id
                + "\",\"amount\":17063,\"currency\":\"USD\",\"method\":\"cash\"}",
            Keys.bootstrapAuth());
    created(rest);
    JsonObject paid = get(INVOICES + "/" + id);
    assertThat(paid.getString("status"), is("paid"));
    assertThat(amount(paid, "amount_due"), is(0L));
    assertProblem(pay(id, 1, "usd", "card"), 409, "invalid_state");
    assertThat(events(id), contains("invoice.paid", "invoice.sent", "invoice.created"));
    assertThat(events(first.getString("id")), contains("payment.received"));
    assertThat(deleteCustomer(customer).statusCode(), is(200));
  }

  @Test
  void whenATestCardIsDeclinedThenThePaymentFailsAndTheInvoiceIsUnchanged() {
    String id = open(customer());

    JsonObject declined = created(pay(id, 5000, "usd", "test_card_declined"));

    assertThat(declined.getString("status"), is("failed"));
    assertThat(declined.getString("failure_code"), is("card_declined"));
    assertThat(amount(get(INVOICES + "/" + id), "amount_paid"), is(0L));
    assertThat(events(declined.getString("id")), contains("payment.failed"));
    assertProblem(
        post(PAYMENTS + "/" + declined.getString("id") + "/refund", null), 409, "invalid_state");
  }

  @Test
  void whenRefundedInPartsThenTheSumNeverExceedsThePayment() {
    String payment = created(pay(open(customer()), 27063, "usd", "card")).getString("id");
    String refund = PAYMENTS + "/" + payment + "/refund";

    assertThat(amount(ok(post(refund, "{\"amount\":5000}")), "amount_refunded"), is(5000L));
    assertFieldNamed(post(refund, "{\"amount\":22064}"), "amount");
    assertThat(amount(ok(post(refund, null)), "amount_refunded"), is(27063L));
    assertProblem(post(refund, "{\"amount\":1}"), 409, "invalid_state");
    assertThat(
        events(payment), contains("payment.refunded", "payment.refunded", "payment.received"));
  }

  @Test
  void whenRefundsRaceThenTheirSumStaysWithinThePayment() throws Exception {
    String payment = created(pay(open(customer()), 27063, "usd", "card")).getString("id");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(PAYMENTS + "/" + payment + "/refund", "{\"amount\":10000}");
                }));
      }
      start.countDown();
      int succeeded = 0;
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        int status = answer.get().statusCode();
        statuses.add(status);
        succeeded += status == 200 ? 1 : 0;
      }
      assertThat(statuses.toString(), statuses, everyItem(is(oneOf(200, 400, 409))));
      long refunded = amount(get(PAYMENTS + "/" + payment), "amount_refunded");
      assertThat(refunded, is(succeeded * 10000L));
      assertThat(refunded, lessThanOrEqualTo(27063L));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void whenAnOpenInvoiceIsVoidedThenNothingIsDueAndNoPaymentIsTaken() {
    String id = open(customer());

    JsonObject voided = ok(post(INVOICES + "/" + id + "/void", null));

    assertThat(voided.getString("status"), is("void"));
    assertThat(amount(voided, "amount_due"), is(0L));
    assertProblem(post(INVOICES + "/" + id + "/void", null), 409, "invalid_state");
    assertProblem(pay(id, 100, "usd", "card"), 409, "invalid_state");
    assertThat(events(id), contains("invoice.voided", "invoice.sent", "invoice.created"));
  }

  private static String open(String customer) {
    String id = draft(customer, "[" + SERVICE_LINE + "]", "8.25").getString("id");
    ok(post(INVOICES + "/" + id + "/send", null));
    return id;
  }

  private static JsonObject draft(String customer, String lines, String taxRate) {
    return created(
        Api.postJson(
            INVOICES,
            "{\"customer\":\""
                + customer
                + "\",\"currency\":\"USD\",\"tax_rate\":"
                + taxRate
                + ",\"lines\":"
                + lines
                + "}",
            Keys.bootstrapAuth()));
  }

  private static String customer() {
    return created(
            Api.postJson(
                "/api/v1/customers",
                "{\"name\":\"Billing " + UUID.randomUUID() + "\"}",
                Keys.bootstrapAuth()))
        .getString("id");
  }

  private static HttpResponse<String> pay(
      String invoice, long amount, String currency, String method) {
    return post(
        INVOICES + "/" + invoice + "/payments",
        "{\"amount\":"
            + amount
            + ",\"currency\":\""
            + currency
            + "\",\"method\":\""
            + method
            + "\"}");
  }

  private static HttpResponse<String> post(String path, String body) {
    return body == null
        ? Api.send("POST", path, BodyPublishers.noBody(), Keys.bootstrapAuth())
        : Api.postJson(path, body, Keys.bootstrapAuth());
  }

  private static HttpResponse<String> delete(String path) {
    return Api.send("DELETE", path, BodyPublishers.noBody(), Keys.bootstrapAuth());
  }

  private static HttpResponse<String> deleteCustomer(String id) {
    return delete("/api/v1/customers/" + id);
  }

  private static JsonObject get(String path) {
    return ok(Api.get(path, Keys.bootstrapAuth()));
  }

  private static List<String> events(String objectId) {
    return get("/api/v1/events?object=" + objectId)
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("type"))
        .toList();
  }

  private static long amount(JsonObject object, String field) {
    return object.getJsonNumber(field).longValue();
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.body(), response.statusCode(), is(200));
    return Api.json(response);
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response);
  }

  private static void assertFieldNamed(HttpResponse<String> response, String field) {
    JsonObject problem = assertProblem(response, 400, "validation_failed");
    assertThat(
        response.body(),
        problem.getJsonArray("errors").getJsonObject(0).getString("field"),
        is(field));
  }
}
