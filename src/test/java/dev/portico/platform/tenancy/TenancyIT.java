package dev.portico.platform.tenancy;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.platform.id.Base62;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.testing.Api;
import dev.portico.testing.InContainer;
import dev.portico.testing.Keys;
import dev.portico.testing.ProblemAssertions;
import dev.portico.testing.TestTenants;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A key sees only its own organization in its own mode: every endpoint that takes an id answers 404
 * (never 403) for another organization's object and for the same organization's other mode, and no
 * list shows it. Add each new id-taking endpoint to {@link #ID_ENDPOINTS}.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  /** Method, path with {@code {key}} or {@code {audit}} for the object's id, and a body or null. */
  record IdEndpoint(String method, String path, String body) {}

  static final List<IdEndpoint> ID_ENDPOINTS =
      List.of(
          new IdEndpoint("GET", "/api/v1/api-keys/{key}", null),
          new IdEndpoint("PATCH", "/api/v1/api-keys/{key}", "{\"name\":\"taken over\"}"),
          new IdEndpoint("POST", "/api/v1/api-keys/{key}/rotate", "{\"grace_period_seconds\":0}"),
          new IdEndpoint("POST", "/api/v1/api-keys/{key}/revoke", null),
          new IdEndpoint("GET", "/api/v1/audit-events/{audit}", null),
          new IdEndpoint("GET", "/api/v1/customers/{customer}", null),
          new IdEndpoint("PATCH", "/api/v1/customers/{customer}", "{\"name\":\"taken over\"}"),
          new IdEndpoint("DELETE", "/api/v1/customers/{customer}", null),
          new IdEndpoint("GET", "/api/v1/events/{event}", null),
          new IdEndpoint("GET", "/api/v1/jobs/{job}", null),
          new IdEndpoint("PATCH", "/api/v1/jobs/{job}", "{\"title\":\"taken over\"}"),
          new IdEndpoint("DELETE", "/api/v1/jobs/{job}", null),
          new IdEndpoint(
              "POST",
              "/api/v1/jobs/{job}/schedule",
              "{\"scheduled_start\":\"2026-12-01T09:00:00Z\","
                  + "\"scheduled_end\":\"2026-12-01T10:00:00Z\"}"),
          new IdEndpoint("POST", "/api/v1/jobs/{job}/assign", "{\"technician\":\"Mallory\"}"),
          new IdEndpoint("POST", "/api/v1/jobs/{job}/start", null),
          new IdEndpoint("POST", "/api/v1/jobs/{job}/complete", null),
          new IdEndpoint("POST", "/api/v1/jobs/{job}/cancel", null),
          new IdEndpoint("GET", "/api/v1/invoices/{invoice}", null),
          new IdEndpoint("PATCH", "/api/v1/invoices/{invoice}", "{\"tax_rate\":1}"),
          new IdEndpoint("DELETE", "/api/v1/invoices/{invoice}", null),
          new IdEndpoint("POST", "/api/v1/invoices/{invoice}/send", null),
          new IdEndpoint("POST", "/api/v1/invoices/{invoice}/void", null),
          new IdEndpoint(
              "POST",
              "/api/v1/invoices/{paid}/payments",
              "{\"amount\":1,\"currency\":\"usd\",\"method\":\"card\"}"),
          new IdEndpoint("GET", "/api/v1/payments/{payment}", null),
          new IdEndpoint("POST", "/api/v1/payments/{payment}/refund", "{\"amount\":1}"),
          new IdEndpoint("GET", "/api/v1/webhook-endpoints/{webhook}", null),
          new IdEndpoint(
              "PATCH", "/api/v1/webhook-endpoints/{webhook}", "{\"status\":\"disabled\"}"),
          new IdEndpoint("DELETE", "/api/v1/webhook-endpoints/{webhook}", null),
          new IdEndpoint(
              "POST",
              "/api/v1/webhook-endpoints/{webhook}/rotate-secret",
              "{\"expire_previous_in\":0}"),
          new IdEndpoint("GET", "/api/v1/webhook-endpoints/{webhook}/secret", null),
          new IdEndpoint("POST", "/api/v1/webhook-endpoints/{webhook}/test", null),
          new IdEndpoint(
              "POST",
              "/api/v1/webhook-endpoints/{webhook}/recover",
              "{\"since\":\"2026-01-01T00:00:00Z\"}"),
          new IdEndpoint("GET", "/api/v1/webhook-endpoints/{webhook}/messages", null),
          new IdEndpoint("GET", "/api/v1/webhook-endpoints/{webhook}/messages/{message}", null),
          new IdEndpoint(
              "GET", "/api/v1/webhook-endpoints/{webhook}/messages/{message}/attempts", null),
          new IdEndpoint(
              "POST", "/api/v1/webhook-endpoints/{webhook}/messages/{message}/resend", null));

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "tenancy-it",
        TenancyIT.class,
        IdEndpoint.class,
        Api.class,
        Keys.class,
        ProblemAssertions.class,
        TestTenants.class,
        ApiKeyToken.class,
        Base62.class,
        PrefixedIds.class);
  }

  @Test
  void whenAnotherOrganizationOrTheOtherModeAsksForAnObjectThenEveryEndpointAnswers404() {
    String organizationA = TestTenants.organization("Tenant A");
    String testKeyA = TestTenants.key(organizationA, false);
    String liveKeyA = TestTenants.key(organizationA, true);
    String testKeyB = TestTenants.key(TestTenants.organization("Tenant B"), false);
    String keyId = createKey(testKeyA, "Owned by A in test mode");
    String auditId =
        Api.json(Api.get("/api/v1/audit-events?target=" + keyId, Keys.auth(testKeyA)))
            .getJsonArray("data")
            .getJsonObject(0)
            .getString("id");

    HttpResponse<String> customer =
        Api.postJson("/api/v1/customers", "{\"name\":\"A's customer\"}", Keys.auth(testKeyA));
    assertThat(customer.body(), customer.statusCode(), is(201));
    String customerId = Api.json(customer).getString("id");
    HttpResponse<String> job =
        Api.postJson(
            "/api/v1/jobs",
            "{\"customer\":\"" + customerId + "\",\"title\":\"A's job\"}",
            Keys.auth(testKeyA));
    assertThat(job.body(), job.statusCode(), is(201));
    String jobId = Api.json(job).getString("id");
    String invoiceId = created(testKeyA, "/api/v1/invoices", invoiceBody(customerId));
    String paidId = created(testKeyA, "/api/v1/invoices", invoiceBody(customerId));
    Api.send(
        "POST",
        "/api/v1/invoices/" + paidId + "/send",
        BodyPublishers.noBody(),
        Keys.auth(testKeyA));
    String paymentId =
        created(
            testKeyA,
            "/api/v1/invoices/" + paidId + "/payments",
            "{\"amount\":100,\"currency\":\"usd\",\"method\":\"card\"}");
    String webhookId =
        created(
            testKeyA,
            "/api/v1/webhook-endpoints",
            "{\"url\":\"http://127.0.0.1:9/never\",\"enabled_events\":[\"*\"]}");
    HttpResponse<String> test =
        Api.send(
            "POST",
            "/api/v1/webhook-endpoints/" + webhookId + "/test",
            BodyPublishers.noBody(),
            Keys.auth(testKeyA));
    assertThat(test.body(), test.statusCode(), is(202));
    String messageId = Api.json(test).getString("id");
    String eventId =
        Api.json(Api.get("/api/v1/events?object=" + customerId, Keys.auth(testKeyA)))
            .getJsonArray("data")
            .getJsonObject(0)
            .getString("id");

    for (String outsider : List.of(testKeyB, liveKeyA)) {
      for (IdEndpoint endpoint : ID_ENDPOINTS) {
        String path =
            endpoint
                .path()
                .replace("{key}", keyId)
                .replace("{audit}", auditId)
                .replace("{customer}", customerId)
                .replace("{event}", eventId)
                .replace("{job}", jobId)
                .replace("{invoice}", invoiceId)
                .replace("{paid}", paidId)
                .replace("{payment}", paymentId)
                .replace("{webhook}", webhookId)
                .replace("{message}", messageId);
        HttpResponse<String> response = call(endpoint, path, outsider);
        assertProblem(response, 404, "resource_not_found");
      }
      assertThat(
          Api.get("/api/v1/api-keys?limit=100", Keys.auth(outsider)).body(),
          not(containsString(keyId)));
      assertThat(
          Api.get("/api/v1/customers?limit=100", Keys.auth(outsider)).body(),
          not(containsString(customerId)));
      assertThat(
          Api.get("/api/v1/events?object=" + customerId, Keys.auth(outsider)).body(),
          not(containsString(customerId)));
      assertThat(
          Api.get("/api/v1/jobs?limit=100", Keys.auth(outsider)).body(),
          not(containsString(jobId)));
      assertThat(
          Api.get("/api/v1/webhook-endpoints?limit=100", Keys.auth(outsider)).body(),
          not(containsString(webhookId)));
      assertProblem(
          Api.postJson(
              "/api/v1/jobs",
              "{\"customer\":\"" + customerId + "\",\"title\":\"x\"}",
              Keys.auth(outsider)),
          400,
          "validation_failed");
      assertThat(
          Api.json(Api.get("/api/v1/audit-events?target=" + keyId, Keys.auth(outsider)))
              .getJsonArray("data")
              .isEmpty(),
          is(true));
    }

    JsonObject untouched = Api.json(Api.get("/api/v1/api-keys/" + keyId, Keys.auth(testKeyA)));
    assertThat(untouched.getString("name"), is("Owned by A in test mode"));
    assertThat(untouched.getString("status"), is("active"));
    assertThat(
        Api.json(Api.get("/api/v1/customers/" + customerId, Keys.auth(testKeyA))).getString("name"),
        is("A's customer"));
    assertThat(
        Api.json(Api.get("/api/v1/webhook-endpoints/" + webhookId, Keys.auth(testKeyA)))
            .getString("status"),
        is("enabled"));
    assertThat(
        Api.json(Api.get("/api/v1/jobs/" + jobId, Keys.auth(testKeyA))).getString("status"),
        is("unscheduled"));
    JsonObject paid = Api.json(Api.get("/api/v1/invoices/" + paidId, Keys.auth(testKeyA)));
    assertThat(paid.getJsonNumber("amount_paid").longValue(), is(100L));
    assertThat(
        Api.json(Api.get("/api/v1/payments/" + paymentId, Keys.auth(testKeyA)))
            .getJsonNumber("amount_refunded")
            .longValue(),
        is(0L));
  }

  @Test
  void whenALiveKeyUsesTheTestOnlyDecliningMethodThenItIsRefused() {
    String liveKey = TestTenants.key(TestTenants.organization("Live payments"), true);
    String customer = created(liveKey, "/api/v1/customers", "{\"name\":\"Live customer\"}");
    String invoice = created(liveKey, "/api/v1/invoices", invoiceBody(customer));
    Api.send(
        "POST",
        "/api/v1/invoices/" + invoice + "/send",
        BodyPublishers.noBody(),
        Keys.auth(liveKey));

    HttpResponse<String> declined =
        Api.postJson(
            "/api/v1/invoices/" + invoice + "/payments",
            "{\"amount\":100,\"currency\":\"usd\",\"method\":\"test_card_declined\"}",
            Keys.auth(liveKey));

    assertThat(
        assertProblem(declined, 400, "validation_failed")
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"),
        is("method"));
  }

  private static String invoiceBody(String customerId) {
    return "{\"customer\":\""
        + customerId
        + "\",\"currency\":\"usd\","
        + "\"lines\":[{\"description\":\"Work\",\"quantity\":1,\"unit_amount\":1000}]}";
  }

  private static String created(String key, String path, String body) {
    HttpResponse<String> response = Api.postJson(path, body, Keys.auth(key));
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response).getString("id");
  }

  @Test
  void whenLiveKeyCreatesAKeyThenItIsALiveKeyInvisibleToTestMode() {
    String organization = TestTenants.organization("Tenant live");
    String liveKey = TestTenants.key(organization, true);
    String testKey = TestTenants.key(organization, false);

    HttpResponse<String> created =
        Api.postJson(
            "/api/v1/api-keys",
            "{\"name\":\"Live\",\"scopes\":[\"jobs:read\"]}",
            Keys.auth(liveKey));
    assertThat(created.statusCode(), is(201));
    JsonObject key = Api.json(created);
    assertThat(key.getBoolean("livemode"), is(true));
    assertThat(key.getString("secret"), startsWith("sk_live_"));
    assertProblem(
        Api.get("/api/v1/api-keys/" + key.getString("id"), Keys.auth(testKey)),
        404,
        "resource_not_found");
  }

  private static String createKey(String secret, String name) {
    HttpResponse<String> response =
        Api.postJson(
            "/api/v1/api-keys",
            "{\"name\":\"" + name + "\",\"scopes\":[\"jobs:read\"]}",
            Keys.auth(secret));
    assertThat(response.body(), response.statusCode(), is(201));
    return Api.json(response).getString("id");
  }

  private static HttpResponse<String> call(IdEndpoint endpoint, String path, String secret) {
    if (endpoint.body() == null) {
      return Api.send(endpoint.method(), path, BodyPublishers.noBody(), Keys.auth(secret));
    }
    return Api.send(
        endpoint.method(),
        path,
        BodyPublishers.ofString(endpoint.body()),
        "Content-Type",
        "application/json",
        "Authorization",
        "Bearer " + secret);
  }
}
