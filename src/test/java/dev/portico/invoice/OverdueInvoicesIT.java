package dev.portico.invoice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.platform.id.Base62;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.testing.Api;
import dev.portico.testing.InContainer;
import dev.portico.testing.Keys;
import dev.portico.testing.TestTenants;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overdue timer on the real server, whose schedule the test run sets to every 5 s ({@code
 * PORTICO_INVOICES_OVERDUE_CHECK} in bin/test; daily by default): a live invoice whose due date has
 * passed is flagged once, with one {@code invoice.overdue} event, and one not yet due is not.
 */
@ExtendWith(ArquillianExtension.class)
class OverdueInvoicesIT {

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "overdue-invoices-it",
        OverdueInvoicesIT.class,
        Api.class,
        Keys.class,
        TestTenants.class,
        ApiKeyToken.class,
        Base62.class,
        PrefixedIds.class);
  }

  @Test
  void whenTheTimerRunsAfterTheDueDateThenTheInvoiceIsFlaggedOnceAndOneNotDueIsNot()
      throws Exception {
    String liveKey = TestTenants.key(TestTenants.organization("Overdue"), true);
    String customer = created(liveKey, "/api/v1/customers", "{\"name\":\"Late payer\"}");
    String late = sentInvoice(liveKey, customer);
    String onTime = sentInvoice(liveKey, customer);
    // A day passes without waiting a day: the due date moves into the past under the server.
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    TestTenants.execute(
        "UPDATE invoices SET due_date = ? WHERE id = ?", Date.valueOf(yesterday), late);

    Instant deadline = Instant.now().plusSeconds(60);
    while (!invoice(liveKey, late).getBoolean("overdue") && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }

    assertThat(invoice(liveKey, late).getBoolean("overdue"), is(true));
    Thread.sleep(6_000); // at least one more run of the timer
    assertThat(overdueEvents(liveKey, late), is(1));
    assertThat(invoice(liveKey, onTime).getBoolean("overdue"), is(false));
    assertThat(overdueEvents(liveKey, onTime), is(0));
    JsonObject event =
        Api.json(Api.get("/api/v1/events?type=invoice.overdue&object=" + late, Keys.auth(liveKey)))
            .getJsonArray("data")
            .getJsonObject(0);
    assertThat(event.getBoolean("livemode"), is(true));
    assertThat(event.getJsonObject("data").getJsonObject("object").getBoolean("overdue"), is(true));
  }

  private static JsonObject invoice(String key, String id) {
    return Api.json(Api.get("/api/v1/invoices/" + id, Keys.auth(key)));
  }

  private static int overdueEvents(String key, String invoice) {
    return Api.json(
            Api.get("/api/v1/events?type=invoice.overdue&object=" + invoice, Keys.auth(key)))
        .getJsonArray("data")
        .size();
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
    HttpResponse<String> sent =
        Api.send(
            "POST",
            "/api/v1/invoices/" + invoice + "/send",
            BodyPublishers.noBody(),
            Keys.auth(key));
    assertThat(sent.body(), sent.statusCode(), is(200));
    return invoice;
  }

  private static String created(String key, String path, String body) {
    HttpResponse<String> response = Api.postJson(path, body, Keys.auth(key));
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response).getString("id");
  }
}
