package dev.portico.invoice;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
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
  private static final long TOTAL = 27063;
  private static final long PART = 5000;

  /** In the tables below: the operation is 409 {@code invalid_state} and changes nothing. */
  private static final String REFUSED = "409";

  /** The invoice operations, in the order of the columns of {@link #INVOICE_OUTCOMES}. */
  private static final List<String> INVOICE_OPERATIONS =
      List.of("edit", "delete", "send", "void", "pay");

  /** What each operation leaves an invoice in each state as (SPEC: draft → open → paid | void). */
  private static final String[][] INVOICE_OUTCOMES = {
    // state, then edit, delete, send, void, pay (the whole amount due)
    {"draft", "draft", "deleted", "open", REFUSED, REFUSED},
    {"open", REFUSED, REFUSED, REFUSED, "void", "paid"},
    {"paid", REFUSED, REFUSED, REFUSED, REFUSED, REFUSED},
    {"void", REFUSED, REFUSED, REFUSED, REFUSED, REFUSED},
  };

  /** The refunds, in the order of the columns of {@link #REFUND_OUTCOMES}. */
  private static final List<String> REFUNDS = List.of("full refund", "partial refund");

  /** The amount_refunded each refund leaves a payment of {@value #TOTAL} in each state with. */
  private static final String[][] REFUND_OUTCOMES = {
    // state, then full refund (no body), partial refund of PART
    {"succeeded", "27063", "5000"},
    {"partially refunded", "27063", "10000"},
    {"fully refunded", REFUSED, REFUSED},
    {"failed", REFUSED, REFUSED},
  };

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
        Api.offContract()
            .postJson(
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
  void whenARefundsBodyComesWithoutContentTypeThenItIsRefusedAndNothingIsRefunded() {
    String payment = created(pay(open(customer()), 27063, "usd", "card")).getString("id");
    String refund = PAYMENTS + "/" + payment + "/refund";

    assertProblem(
        Api.offContract()
            .send(
                "POST", refund, BodyPublishers.ofString("{\"amount\":5000}"), Keys.bootstrapAuth()),
        415,
        "unsupported_media_type");
    assertProblem(
        Api.offContract()
            .send(
                "POST",
                refund,
                BodyPublishers.ofString("{\"amount\":5000}"),
                "Content-Type",
                "*/*",
                "Authorization",
                Keys.bootstrapAuth()[1]),
        415,
        "unsupported_media_type");
    assertThat(amount(get(PAYMENTS + "/" + payment), "amount_refunded"), is(0L));
    assertThat(events(payment), contains("payment.received"));
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

  @Test
  void whenAnyOperationIsTriedOnAnInvoiceInAnyStateThenOnlyTheLegalOnesSucceedAndTheOthersAre409() {
    String customer = customer();
    List<String> failures = new ArrayList<>();
    for (String[] row : INVOICE_OUTCOMES) {
      for (int column = 0; column < INVOICE_OPERATIONS.size(); column++) {
        String state = row[0];
        String operation = INVOICE_OPERATIONS.get(column);
        String expected = row[column + 1];
        check(
            failures,
            "invoice " + state + " × " + operation + " (expected " + expected + ")",
            () -> tryInvoiceOperation(invoiceIn(customer, state), state, operation, expected));
      }
    }
    assertThat(String.join("\n", failures), failures.isEmpty(), is(true));
  }

  @Test
  void whenAPaymentInAnyStateIsRefundedInFullOrInPartThenOnlyTheLegalOnesSucceedOthersAre409() {
    String customer = customer();
    List<String> failures = new ArrayList<>();
    for (String[] row : REFUND_OUTCOMES) {
      for (int column = 0; column < REFUNDS.size(); column++) {
        String state = row[0];
        String refund = REFUNDS.get(column);
        String expected = row[column + 1];
        check(
            failures,
            "payment " + state + " × " + refund + " (expected " + expected + ")",
            () -> tryRefund(paymentIn(customer, state), state, refund, expected));
      }
    }
    assertThat(String.join("\n", failures), failures.isEmpty(), is(true));
  }

  @Test
  void whenAnAmountIsNotAWholeNumberInRangeOrARefundIsNotJsonThenNothingIsTaken() {
    String invoice = open(customer());
    for (String amount :
        List.of("18446744073709551621", "9223372036854775808", "1.9", "\"5000\"")) {
      assertProblem(
          Api.offContract()
              .postJson(
                  INVOICES + "/" + invoice + "/payments",
                  "{\"amount\":" + amount + ",\"currency\":\"usd\",\"method\":\"card\"}",
                  Keys.bootstrapAuth()),
          400,
          "invalid_type");
    }
    assertThat(payments(invoice).size(), is(0));
    String payment = paymentIn(customer(), "succeeded");
    String refund = PAYMENTS + "/" + payment + "/refund";
    assertProblem(
        Api.offContract().postJson(refund, "{\"amount\":1.5}", Keys.bootstrapAuth()),
        400,
        "invalid_type");
    assertProblem(
        Api.offContract()
            .postJson(refund, "{\"amount\":18446744073709551621}", Keys.bootstrapAuth()),
        400,
        "invalid_type");
    for (String type : List.of("application/x-www-form-urlencoded", "text/plain")) {
      assertProblem(
          Api.offContract()
              .send(
                  "POST",
                  refund,
                  BodyPublishers.ofString("{\"amount\":5}"),
                  with(Keys.bootstrapAuth(), "Content-Type", type)),
          415,
          "unsupported_media_type");
    }
    assertThat(amount(get(PAYMENTS + "/" + payment), "amount_refunded"), is(0L));
  }

  private static String[] with(String[] headers, String name, String value) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = name;
    all[headers.length + 1] = value;
    return all;
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

  /** Runs one combination, keeping its failure under its name so that every wrong one shows. */
  private static void check(List<String> failures, String combination, Runnable assertions) {
    try {
      assertions.run();
    } catch (AssertionError | RuntimeException e) {
      failures.add(combination + ": " + e.getMessage());
    }
  }

  private static void tryInvoiceOperation(
      String id, String state, String operation, String expected) {
    String path = INVOICES + "/" + id;
    HttpResponse<String> before = Api.get(path, Keys.bootstrapAuth());
    String etag = etag(before);
    List<String> paymentsBefore = payments(id);
    List<String> eventsBefore = events(id);

    HttpResponse<String> response = invoiceOperation(id, operation, etag);

    if (expected.equals(REFUSED)) {
      JsonObject problem = assertProblem(response, 409, "invalid_state");
      assertThat(problem.getString("detail"), containsString("The invoice is " + state + ";"));
      HttpResponse<String> after = Api.get(path, Keys.bootstrapAuth());
      assertThat("the invoice after", Api.json(after), is(Api.json(before)));
      assertThat("the ETag after", etag(after), is(etag));
      assertThat("its payments after", payments(id), is(paymentsBefore));
      assertThat("its events after", events(id), is(eventsBefore));
    } else if (expected.equals("deleted")) {
      assertThat(response.body(), response.statusCode(), is(200));
      assertProblem(Api.get(path, Keys.bootstrapAuth()), 404, "resource_not_found");
    } else {
      assertThat(response.body(), response.statusCode(), is(operation.equals("pay") ? 201 : 200));
      HttpResponse<String> after = Api.get(path, Keys.bootstrapAuth());
      assertThat("the status after", Api.json(after).getString("status"), is(expected));
      assertThat("the ETag after", etag(after), not(etag));
      assertThat(
          "its payments after",
          payments(id).size(),
          is(paymentsBefore.size() + (operation.equals("pay") ? 1 : 0)));
    }
  }

  /** A new invoice of {@value #TOTAL} brought into {@code state} through the API. */
  private static String invoiceIn(String customer, String state) {
    String id =
        state.equals("draft")
            ? draft(customer, "[" + SERVICE_LINE + "]", "8.25").getString("id")
            : open(customer);
    switch (state) {
      case "paid" -> created(pay(id, TOTAL, "usd", "card"));
      case "void" -> ok(post(INVOICES + "/" + id + "/void", null));
      default -> {}
    }
    assertThat(get(INVOICES + "/" + id).getString("status"), is(state));
    return id;
  }

  private static HttpResponse<String> invoiceOperation(String id, String operation, String etag) {
    String path = INVOICES + "/" + id;
    String[] auth = Keys.bootstrapAuth();
    return switch (operation) {
      case "edit" -> Api.patchJson(path, "{\"tax_rate\":20}", "If-Match", etag, auth[0], auth[1]);
      case "delete" ->
          Api.send("DELETE", path, BodyPublishers.noBody(), "If-Match", etag, auth[0], auth[1]);
      case "send", "void" -> post(path + "/" + operation, null);
      case "pay" -> pay(id, TOTAL, "usd", "card");
      default -> throw new IllegalArgumentException(operation);
    };
  }

  private static void tryRefund(String id, String state, String refund, String expected) {
    String path = PAYMENTS + "/" + id;
    HttpResponse<String> before = Api.get(path, Keys.bootstrapAuth());
    List<String> eventsBefore = events(id);

    HttpResponse<String> response =
        post(path + "/refund", refund.equals("full refund") ? null : "{\"amount\":" + PART + "}");

    if (expected.equals(REFUSED)) {
      JsonObject problem = assertProblem(response, 409, "invalid_state");
      assertThat(problem.getString("detail"), containsString(state));
      HttpResponse<String> after = Api.get(path, Keys.bootstrapAuth());
      assertThat("the payment after", Api.json(after), is(Api.json(before)));
      assertThat("the ETag after", etag(after), is(etag(before)));
      assertThat("its events after", events(id), is(eventsBefore));
    } else {
      JsonObject refunded = ok(response);
      assertThat(refunded.getString("status"), is("succeeded"));
      assertThat(amount(refunded, "amount_refunded"), is(Long.parseLong(expected)));
      assertThat(amount(get(path), "amount_refunded"), is(Long.parseLong(expected)));
    }
  }

  /** A new payment of {@value #TOTAL} on a new open invoice, brought into {@code state}. */
  private static String paymentIn(String customer, String state) {
    String method = state.equals("failed") ? "test_card_declined" : "card";
    String id = created(pay(open(customer), TOTAL, "usd", method)).getString("id");
    String refund = PAYMENTS + "/" + id + "/refund";
    switch (state) {
      case "partially refunded" -> ok(post(refund, "{\"amount\":" + PART + "}"));
      case "fully refunded" -> ok(post(refund, null));
      default -> {}
    }
    JsonObject payment = get(PAYMENTS + "/" + id);
    assertThat(payment.getString("status"), is(state.equals("failed") ? "failed" : "succeeded"));
    long refunded =
        switch (state) {
          case "partially refunded" -> PART;
          case "fully refunded" -> TOTAL;
          default -> 0;
        };
    assertThat(amount(payment, "amount_refunded"), is(refunded));
    return id;
  }

  private static List<String> payments(String invoice) {
    return get(PAYMENTS + "?invoice=" + invoice + "&limit=100")
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(p -> p.getString("id"))
        .toList();
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
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
