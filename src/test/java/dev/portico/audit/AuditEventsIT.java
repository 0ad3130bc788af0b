package dev.portico.audit;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/audit-events} over HTTP: key changes are recorded with before and after. */
class AuditEventsIT {

  private static final String EVENTS = "/api/v1/audit-events";

  @Test
  void whenKeyIsCreatedUpdatedRotatedAndRevokedThenEachIsRecordedWithItsChanges() {
    JsonObject key = TestApiKeys.create("Audited", "jobs:read");
    String id = key.getString("id");
    String path = "/api/v1/api-keys/" + id;
    HttpResponse<String> update =
        Api.patchJson(path, "{\"name\":\"Audited twice\"}", Keys.bootstrapAuth());
    Api.send("POST", path + "/rotate", BodyPublishers.noBody(), Keys.bootstrapAuth());
    Api.send("POST", path + "/revoke", BodyPublishers.noBody(), Keys.bootstrapAuth());

    JsonArray events =
        Api.json(Api.get(EVENTS + "?target=" + id, Keys.bootstrapAuth())).getJsonArray("data");
    List<String> actions = events.stream().map(e -> e.asJsonObject().getString("action")).toList();
    assertThat(
        actions,
        is(List.of("api_key.revoked", "api_key.rotated", "api_key.updated", "api_key.created")));

    JsonObject updated = events.getJsonObject(2);
    assertThat(updated.getString("id"), matchesPattern("aud_[0-9A-Za-z]{22}"));
    assertThat(updated.getString("object"), is("audit_event"));
    assertThat(updated.getBoolean("livemode"), is(false));
    assertThat(updated.getJsonObject("actor").getString("type"), is("api_key"));
    assertThat(updated.getJsonObject("target").getString("id"), is(id));
    JsonObject name = updated.getJsonObject("changes").getJsonObject("name");
    assertThat(name.getString("before"), is("Audited"));
    assertThat(name.getString("after"), is("Audited twice"));
    assertThat(updated.getJsonObject("changes").containsKey("scopes"), is(false));
    assertThat(updated.getString("ip"), is("127.0.0.1"));
    assertThat(
        updated.getString("request_id"), is(update.headers().firstValue("Request-Id").get()));
    JsonObject created = events.getJsonObject(3);
    assertThat(
        created.getJsonObject("changes").getJsonObject("name").get("before"), is(JsonValue.NULL));
    assertThat(
        events.getJsonObject(0).getJsonObject("changes").getJsonObject("status").getString("after"),
        is("revoked"));

    HttpResponse<String> one =
        Api.get(EVENTS + "/" + updated.getString("id"), Keys.bootstrapAuth());
    assertThat(one.statusCode(), is(200));
    assertThat(Api.json(one), is(updated));
  }

  @Test
  void whenFilteredByActionThenOnlyThatActionIsListed() {
    JsonObject key = TestApiKeys.create("Filtered", "jobs:read");
    Api.send(
        "POST",
        "/api/v1/api-keys/" + key.getString("id") + "/revoke",
        BodyPublishers.noBody(),
        Keys.bootstrapAuth());

    JsonArray revoked =
        Api.json(Api.get(EVENTS + "?action=api_key.revoked&limit=100", Keys.bootstrapAuth()))
            .getJsonArray("data");
    assertThat(revoked.isEmpty(), is(false));
    revoked.forEach(e -> assertThat(e.asJsonObject().getString("action"), is("api_key.revoked")));
  }

  @Test
  void whenTheLogIsListedThenItTakesFieldsAndCreatedFiltersLikeEveryList() {
    TestApiKeys.create("Audited convention", "jobs:read");

    JsonArray trimmed =
        Api.json(Api.get(EVENTS + "?fields=id,action&limit=5", Keys.bootstrapAuth()))
            .getJsonArray("data");
    JsonArray future =
        Api.json(
                Api.get(
                    EVENTS + "?created_gt=" + java.time.Instant.now().plusSeconds(3600),
                    Keys.bootstrapAuth()))
            .getJsonArray("data");

    assertThat(trimmed.isEmpty(), is(false));
    trimmed.forEach(e -> assertThat(e.asJsonObject().containsKey("changes"), is(false)));
    trimmed.forEach(e -> assertThat(e.asJsonObject().containsKey("action"), is(true)));
    assertThat(future.isEmpty(), is(true));
    assertProblem(
        Api.offContract().get(EVENTS + "?sort=action:asc", Keys.bootstrapAuth()),
        400,
        "validation_failed");
  }

  @Test
  void whenCallerLacksAuditReadOrIdIsUnknownThenRefused() {
    JsonObject other = TestApiKeys.create("No audit", "api_keys:read");
    assertProblem(Api.get(EVENTS, Keys.auth(other.getString("secret"))), 403, "insufficient_scope");
    assertProblem(Api.offContract().get(EVENTS), 401, "authentication_required");
    assertProblem(
        Api.get(EVENTS + "/aud_0000000000000000000000", Keys.bootstrapAuth()),
        404,
        "resource_not_found");
    assertProblem(
        Api.offContract().get(EVENTS + "?limit=1000", Keys.bootstrapAuth()),
        400,
        "validation_failed");
  }
}
