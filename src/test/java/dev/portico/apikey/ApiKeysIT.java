package dev.portico.apikey;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/api-keys} over HTTP: every operation and every error it can answer with. */
class ApiKeysIT {

  private static final String KEYS = "/api/v1/api-keys";

  @Test
  void whenKeyIsCreatedThenSecretIsShownOnceAndOnlyItsPrefixIsListed() {
    JsonObject created = TestApiKeys.create("Shown once", "customers:read");

    String secret = created.getString("secret");
    assertThat(secret, matchesPattern("sk_test_[0-9A-Za-z]{43}"));
    assertThat(created.getString("id"), matchesPattern("key_[0-9A-Za-z]{22}"));
    assertThat(created.getString("object"), is("api_key"));
    assertThat(created.getBoolean("livemode"), is(false));
    assertThat(created.getString("prefix"), is(secret.substring(0, 12)));
    assertThat(created.getString("status"), is("active"));
    assertThat(created.getString("rate_limit_tier"), is("standard"));
    assertThat(created.get("expires_at"), is(JsonValue.NULL));

    HttpResponse<String> retrieved =
        Api.get(KEYS + "/" + created.getString("id"), Keys.bootstrapAuth());
    assertThat(retrieved.statusCode(), is(200));
    assertThat(retrieved.body(), not(containsString(secret)));
    assertThat(Api.json(retrieved).containsKey("secret"), is(false));
  }

  @Test
  void whenCreatedThenLocationHeaderPointsAtTheKey() {
    HttpResponse<String> response =
        Api.postJson(
            KEYS, "{\"name\":\"Located\",\"scopes\":[\"jobs:read\"]}", Keys.bootstrapAuth());

    assertThat(response.statusCode(), is(201));
    String id = Api.json(response).getString("id");
    assertThat(response.headers().firstValue("Location").orElse(""), startsWith(Api.BASE_URL));
    assertThat(
        response.headers().firstValue("Location").orElse(""), containsString(KEYS + "/" + id));
  }

  @Test
  void whenNewKeyIsUsedThenItAuthenticatesWithBearerOrXApiKeyAndLastUsedIsKept() {
    JsonObject key = TestApiKeys.create("User", "api_keys:read");
    String secret = key.getString("secret");

    assertThat(Api.get(KEYS, "Authorization", "Bearer " + secret).statusCode(), is(200));
    assertThat(Api.get(KEYS, "X-API-Key", secret).statusCode(), is(200));
    JsonObject after = Api.json(Api.get(KEYS + "/" + key.getString("id"), Keys.bootstrapAuth()));
    Instant lastUsed = Instant.parse(after.getString("last_used_at"));
    assertThat(lastUsed.isAfter(Instant.now().minusSeconds(60)), is(true));
  }

  @Test
  void whenKeysArePagedThenEachIsSeenOnceAndLinkAndCursorLeadOn() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(TestApiKeys.create("Paged " + i, "jobs:read").getString("id"));
    }
    List<String> seen = new ArrayList<>();
    String path = KEYS + "?limit=2";
    int pages = 0;
    while (path != null && pages < 500) {
      HttpResponse<String> response = Api.get(path, Keys.bootstrapAuth());
      assertThat(response.statusCode(), is(200));
      JsonObject page = Api.json(response);
      assertThat(page.getString("object"), is("list"));
      page.getJsonArray("data").forEach(k -> seen.add(k.asJsonObject().getString("id")));
      if (page.getBoolean("has_more")) {
        String cursor = page.getString("next_cursor");
        String link = response.headers().firstValue("Link").orElseThrow();
        assertThat(link, containsString("rel=\"next\""));
        assertThat(link, containsString("cursor="));
        path = KEYS + "?limit=2&cursor=" + cursor;
      } else {
        assertThat(page.get("next_cursor"), is(JsonValue.NULL));
        path = null;
      }
      pages++;
    }
    created.forEach(id -> assertThat(seen, hasItem(id)));
    assertThat(seen.size(), is((int) seen.stream().distinct().count()));
  }

  @Test
  void whenKeysAreListedThenTheyTakeSortFieldsAndCreatedFiltersLikeEveryList() {
    String since = Instant.now().minusSeconds(5).toString();
    TestApiKeys.create("Zulu convention", "jobs:read");
    TestApiKeys.create("Alpha convention", "jobs:read");

    JsonObject page =
        Api.json(
            Api.get(
                KEYS + "?sort=name:asc&fields=id,name&limit=100&created_gte=" + since,
                Keys.bootstrapAuth()));
    List<String> names =
        page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(key -> key.getString("name"))
            .toList();

    assertThat(names.indexOf("Alpha convention") < names.indexOf("Zulu convention"), is(true));
    assertThat(names.stream().sorted().toList(), is(names));
    page.getJsonArray("data")
        .forEach(key -> assertThat(key.asJsonObject().containsKey("scopes"), is(false)));
    assertThat(
        Api.json(
                Api.get(
                    KEYS + "?created_gte=" + Instant.now().plusSeconds(3600), Keys.bootstrapAuth()))
            .getJsonArray("data")
            .isEmpty(),
        is(true));
    for (String refused : List.of("sort=prefix:asc", "colour=red", "status=sleeping")) {
      JsonObject problem =
          assertProblem(
              Api.offContract().get(KEYS + "?" + refused, Keys.bootstrapAuth()),
              400,
              "validation_failed");
      assertThat(
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          is(refused.substring(0, refused.indexOf('='))));
    }
  }

  @Test
  void whenAKeyIsReadThenItCarriesAnETagThatPatchChecksWithIfMatch() {
    String id = TestApiKeys.create("Tagged", "jobs:read").getString("id");
    HttpResponse<String> read = Api.get(KEYS + "/" + id, Keys.bootstrapAuth());
    String etag = read.headers().firstValue("ETag").orElseThrow();

    assertProblem(
        Api.patchJson(
            KEYS + "/" + id,
            "{\"name\":\"Lost update\"}",
            "If-Match",
            "\"0\"",
            "Authorization",
            Keys.bootstrapAuth()[1]),
        412,
        "precondition_failed");
    HttpResponse<String> changed =
        Api.patchJson(
            KEYS + "/" + id,
            "{\"name\":\"Tagged again\"}",
            "If-Match",
            etag,
            "Authorization",
            Keys.bootstrapAuth()[1]);

    assertThat(changed.statusCode(), is(200));
    assertThat(Api.json(changed).getString("name"), is("Tagged again"));
    String newTag = changed.headers().firstValue("ETag").orElseThrow();
    assertThat(newTag, not(etag));
    assertThat(
        Api.get(KEYS + "/" + id, Keys.bootstrapAuth()).headers().firstValue("ETag").orElseThrow(),
        is(newTag));
  }

  @Test
  void whenCursorIsAlteredOrReplayedOnAnotherQueryThen400InvalidCursor() {
    TestApiKeys.create("Cursor a", "jobs:read");
    TestApiKeys.create("Cursor b", "jobs:read");
    String cursor =
        Api.json(Api.get(KEYS + "?limit=1", Keys.bootstrapAuth())).getString("next_cursor");

    assertProblem(
        Api.get(KEYS + "?limit=1&cursor=" + cursor + "x", Keys.bootstrapAuth()),
        400,
        "invalid_cursor");
    assertProblem(
        Api.get(KEYS + "?status=revoked&cursor=" + cursor, Keys.bootstrapAuth()),
        400,
        "invalid_cursor");
    assertProblem(
        Api.get("/api/v1/audit-events?cursor=" + cursor, Keys.bootstrapAuth()),
        400,
        "invalid_cursor");
    assertProblem(
        Api.get(KEYS + "?cursor=not-a-cursor", Keys.bootstrapAuth()), 400, "invalid_cursor");
  }

  @Test
  void whenLimitOrStatusFilterIsInvalidThen400NamingIt() {
    JsonObject tooBig =
        assertProblem(
            Api.offContract().get(KEYS + "?limit=101", Keys.bootstrapAuth()),
            400,
            "validation_failed");
    assertThat(tooBig.getJsonArray("errors").getJsonObject(0).getString("field"), is("limit"));
    assertProblem(
        Api.offContract().get(KEYS + "?limit=0", Keys.bootstrapAuth()), 400, "validation_failed");
    assertProblem(
        Api.offContract().get(KEYS + "?limit=ten", Keys.bootstrapAuth()), 400, "validation_failed");
    JsonObject status =
        assertProblem(
            Api.offContract().get(KEYS + "?status=paused", Keys.bootstrapAuth()),
            400,
            "validation_failed");
    assertThat(status.getJsonArray("errors").getJsonObject(0).getString("field"), is("status"));
  }

  @Test
  void whenCreateBodyIsInvalidThenEveryBadFieldIsNamed() {
    HttpResponse<String> response =
        Api.offContract()
            .postJson(
                KEYS,
                "{\"name\":\"Bad\",\"scopes\":[\"jobs:read\",\"root\"],\"expires_at\":\"2001-01-01T00:00:00Z\","
                    + "\"allowed_ips\":[\"10.0.0.0/8\",\"example.com\"],\"rate_limit_tier\":\"gold\"}",
                Keys.bootstrapAuth());

    JsonObject problem = assertProblem(response, 400, "validation_failed");
    List<String> fields =
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertThat(fields, hasItem("scopes[1]"));
    assertThat(fields, hasItem("expires_at"));
    assertThat(fields, hasItem("allowed_ips[1]"));
    assertThat(fields, hasItem("rate_limit_tier"));
    assertProblem(
        Api.offContract().postJson(KEYS, "{\"scopes\":[\"jobs:read\"]}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract().postJson(KEYS, "{\"name\":\"x\",\"scopes\":[]}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract()
            .postJson(KEYS, "{\"name\":\"x\",\"scopes\":\"jobs:read\"}", Keys.bootstrapAuth()),
        400,
        "invalid_type");
    assertProblem(
        Api.offContract()
            .postJson(
                KEYS,
                "{\"name\":\"x\",\"scopes\":[\"jobs:read\"],\"extra\":1}",
                Keys.bootstrapAuth()),
        400,
        "unknown_field");
    assertProblem(
        Api.offContract().postJson(KEYS, "{\"name\":", Keys.bootstrapAuth()),
        400,
        "malformed_json");
    assertProblem(
        Api.offContract()
            .postJson(
                KEYS,
                "{\"name\":\"x\",\"scopes\":[\"jobs:read\"],\"rate_limit_override\":{\"per_minute\":0}}",
                Keys.bootstrapAuth()),
        400,
        "validation_failed");
  }

  @Test
  void whenKeyIsUpdatedThenOnlySentFieldsChangeAndNullClears() {
    JsonObject key =
        TestApiKeys.createWith(
            "{\"name\":\"Before\",\"scopes\":[\"jobs:read\"],\"expires_at\":\"2030-01-01T00:00:00Z\","
                + "\"allowed_ips\":[\"10.1.2.3/8\"],\"rate_limit_override\":{\"per_minute\":7}}");
    String path = KEYS + "/" + key.getString("id");
    assertThat(key.getJsonArray("allowed_ips").getString(0), is("10.0.0.0/8"));

    JsonObject renamed =
        Api.json(
            Api.patchJson(
                path,
                "{\"name\":\"After\",\"rate_limit_tier\":\"premium\"}",
                Keys.bootstrapAuth()));
    assertThat(renamed.getString("name"), is("After"));
    assertThat(renamed.getString("rate_limit_tier"), is("premium"));
    assertThat(renamed.getString("expires_at"), is("2030-01-01T00:00:00Z"));
    assertThat(renamed.getJsonObject("rate_limit_override").getInt("per_minute"), is(7));
    assertThat(renamed.getJsonObject("rate_limit_override").get("per_hour"), is(JsonValue.NULL));

    HttpResponse<String> cleared =
        Api.patchJson(
            path,
            "{\"expires_at\":null,\"allowed_ips\":null,\"rate_limit_override\":null,\"scopes\":[\"jobs:read\",\"customers:read\"]}",
            Keys.bootstrapAuth());
    assertThat(cleared.statusCode(), is(200));
    JsonObject after = Api.json(cleared);
    assertThat(after.get("expires_at"), is(JsonValue.NULL));
    assertThat(after.getJsonArray("allowed_ips").size(), is(0));
    assertThat(after.get("rate_limit_override"), is(JsonValue.NULL));
    assertThat(
        after.getJsonArray("scopes").getValuesAs(JsonString::getString),
        is(List.of("customers:read", "jobs:read")));
    assertThat(after.getString("name"), is("After"));
  }

  @Test
  void whenUpdateIsInvalidThen400AndNothingChanges() {
    JsonObject key = TestApiKeys.create("Stays", "jobs:read");
    String path = KEYS + "/" + key.getString("id");

    assertProblem(
        Api.offContract().patchJson(path, "{\"name\":\"\"}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract().patchJson(path, "{\"secret\":\"sk_test_x\"}", Keys.bootstrapAuth()),
        400,
        "unknown_field");
    assertProblem(
        Api.offContract().patchJson(path, "{\"scopes\":[\"nope\"]}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract().patchJson(path, "[1]", Keys.bootstrapAuth()), 400, "invalid_type");

    assertThat(Api.json(Api.get(path, Keys.bootstrapAuth())).getString("name"), is("Stays"));
  }

  @Test
  void whenKeyIsRotatedThenOldSecretWorksDuringGraceAndNotAfter() throws Exception {
    JsonObject key = TestApiKeys.create("Rotated", "api_keys:read");
    String old = key.getString("secret");
    String path = KEYS + "/" + key.getString("id") + "/rotate";

    HttpResponse<String> rotated =
        Api.postJson(path, "{\"grace_period_seconds\":2}", Keys.bootstrapAuth());
    assertThat(rotated.statusCode(), is(200));
    String fresh = Api.json(rotated).getString("secret");
    assertThat(fresh, not(old));
    assertThat(Api.json(rotated).getString("prefix"), is(fresh.substring(0, 12)));
    assertThat(Api.json(rotated).getString("previous_secret_expires_at"), notNullValue());

    assertThat(Api.get(KEYS, Keys.auth(old)).statusCode(), is(200));
    assertThat(Api.get(KEYS, Keys.auth(fresh)).statusCode(), is(200));
    Instant graceEnds = Instant.parse(Api.json(rotated).getString("previous_secret_expires_at"));
    while (Instant.now().isBefore(graceEnds.plusMillis(200))) {
      Thread.sleep(100);
    }
    assertProblem(Api.get(KEYS, Keys.auth(old)), 401, "invalid_credentials");
    assertThat(Api.get(KEYS, Keys.auth(fresh)).statusCode(), is(200));
  }

  @Test
  void whenRotatedWithZeroGraceOrNoBodyThenTheRightSecretsWork() {
    JsonObject key = TestApiKeys.create("Rotated now", "api_keys:read");
    String path = KEYS + "/" + key.getString("id") + "/rotate";

    String second =
        Api.json(Api.postJson(path, "{\"grace_period_seconds\":0}", Keys.bootstrapAuth()))
            .getString("secret");
    assertProblem(Api.get(KEYS, Keys.auth(key.getString("secret"))), 401, "invalid_credentials");

    HttpResponse<String> noBody =
        Api.send("POST", path, BodyPublishers.noBody(), Keys.bootstrapAuth());
    assertThat(noBody.statusCode(), is(200));
    Instant ends = Instant.parse(Api.json(noBody).getString("previous_secret_expires_at"));
    assertThat(ends.isAfter(Instant.now().plusSeconds(23 * 3600)), is(true));
    assertThat(Api.get(KEYS, Keys.auth(second)).statusCode(), is(200));
    assertProblem(
        Api.offContract().postJson(path, "{\"grace_period_seconds\":-1}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract().postJson(path, "{\"grace_period_seconds\":604801}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
  }

  @Test
  void whenKeyIsRevokedThenEverySecretIsRefusedAtOnceAndRotationIs409() {
    JsonObject key = TestApiKeys.create("Revoked", "api_keys:read");
    String secret = key.getString("secret");
    String path = KEYS + "/" + key.getString("id");
    assertThat(Api.get(KEYS, Keys.auth(secret)).statusCode(), is(200));

    HttpResponse<String> revoked =
        Api.send("POST", path + "/revoke", BodyPublishers.noBody(), Keys.bootstrapAuth());
    assertThat(revoked.statusCode(), is(200));
    assertThat(Api.json(revoked).getString("status"), is("revoked"));

    HttpResponse<String> refused = Api.get(KEYS, Keys.auth(secret));
    assertProblem(refused, 401, "invalid_credentials");
    assertThat(
        refused.headers().firstValue("WWW-Authenticate").orElse(""),
        containsString("error=\"invalid_token\""));
    assertThat(
        Api.send("POST", path + "/revoke", BodyPublishers.noBody(), Keys.bootstrapAuth())
            .statusCode(),
        is(200));
    assertProblem(
        Api.send("POST", path + "/rotate", BodyPublishers.noBody(), Keys.bootstrapAuth()),
        409,
        "invalid_state");
    assertThat(
        Api.json(Api.get(KEYS + "?status=revoked&limit=100", Keys.bootstrapAuth())).toString(),
        containsString(key.getString("id")));
  }

  @Test
  void whenKeyExpiresThenItIsRefusedAndListedAsExpired() throws Exception {
    Instant expiry = Instant.now().plusMillis(1500);
    JsonObject key =
        TestApiKeys.createWith(
            "{\"name\":\"Expiring\",\"scopes\":[\"api_keys:read\"],\"expires_at\":\""
                + expiry
                + "\"}");
    assertThat(Api.get(KEYS, Keys.auth(key.getString("secret"))).statusCode(), is(200));
    while (Instant.now().isBefore(expiry.plusMillis(200))) {
      Thread.sleep(100);
    }

    assertProblem(Api.get(KEYS, Keys.auth(key.getString("secret"))), 401, "invalid_credentials");
    JsonObject shown = Api.json(Api.get(KEYS + "/" + key.getString("id"), Keys.bootstrapAuth()));
    assertThat(shown.getString("status"), is("expired"));
    assertProblem(
        Api.send(
            "POST",
            KEYS + "/" + key.getString("id") + "/rotate",
            BodyPublishers.noBody(),
            Keys.bootstrapAuth()),
        409,
        "invalid_state");
  }

  @Test
  void whenKeyIsUsedFromOutsideItsAllowlistThen403() {
    JsonObject elsewhere =
        TestApiKeys.createWith(
            "{\"name\":\"Office only\",\"scopes\":[\"api_keys:read\"],\"allowed_ips\":[\"203.0.113.0/24\"]}");
    JsonObject local =
        TestApiKeys.createWith(
            "{\"name\":\"Loopback\",\"scopes\":[\"api_keys:read\"],\"allowed_ips\":[\"127.0.0.0/8\",\"::1/128\"]}");

    assertProblem(Api.get(KEYS, Keys.auth(elsewhere.getString("secret"))), 403, "ip_not_allowed");
    assertThat(Api.get(KEYS, Keys.auth(local.getString("secret"))).statusCode(), is(200));
  }

  @Test
  void whenScopeIsMissingThen403NamingTheScope() {
    JsonObject reader = TestApiKeys.create("Reader only", "api_keys:read");

    HttpResponse<String> refused =
        Api.postJson(
            KEYS,
            "{\"name\":\"x\",\"scopes\":[\"api_keys:read\"]}",
            Keys.auth(reader.getString("secret")));
    JsonObject problem = assertProblem(refused, 403, "insufficient_scope");
    assertThat(problem.getString("detail"), containsString("api_keys:write"));
    assertThat(
        refused.headers().firstValue("WWW-Authenticate").orElse(""),
        containsString("error=\"insufficient_scope\", scope=\"api_keys:write\""));
    assertProblem(
        Api.get("/api/v1/audit-events", Keys.auth(reader.getString("secret"))),
        403,
        "insufficient_scope");
  }

  @Test
  void whenKeyGrantsAScopeItDoesNotHoldThen403() {
    JsonObject writer = TestApiKeys.create("Key manager", "api_keys:read", "api_keys:write");

    JsonObject problem =
        assertProblem(
            Api.postJson(
                KEYS,
                "{\"name\":\"x\",\"scopes\":[\"payments:write\"]}",
                Keys.auth(writer.getString("secret"))),
            403,
            "insufficient_scope");
    assertThat(problem.getString("detail"), containsString("payments:write"));
    JsonObject own = TestApiKeys.create("Target", "jobs:read");
    assertProblem(
        Api.patchJson(
            KEYS + "/" + own.getString("id"),
            "{\"scopes\":[\"audit:read\"]}",
            Keys.auth(writer.getString("secret"))),
        403,
        "insufficient_scope");
  }

  @Test
  void whenCredentialIsMissingUnknownOrMalformedThen401AndAllFailuresLookAlike() {
    HttpResponse<String> missing = Api.offContract().get(KEYS);
    assertProblem(missing, 401, "authentication_required");
    assertThat(
        missing.headers().firstValue("WWW-Authenticate").orElse(""),
        is("Bearer realm=\"portico\""));

    String unknown = "sk_test_" + "A".repeat(43);
    List<HttpResponse<String>> invalid =
        List.of(
            Api.offContract().get(KEYS, Keys.auth(unknown)),
            Api.offContract().get(KEYS, Keys.auth("sk_test_short")),
            Api.offContract().get(KEYS, "Authorization", "Basic dXNlcjpwYXNz"),
            Api.offContract().get(KEYS, "X-API-Key", "garbage"),
            Api.offContract()
                .get(KEYS, "Authorization", "Bearer " + Keys.bootstrap(), "X-API-Key", unknown));
    for (HttpResponse<String> response : invalid) {
      JsonObject problem = assertProblem(response, 401, "invalid_credentials");
      assertThat(problem.getString("detail"), is(Api.json(invalid.get(0)).getString("detail")));
      assertThat(
          response.headers().firstValue("WWW-Authenticate").orElse(""),
          is("Bearer realm=\"portico\", error=\"invalid_token\""));
    }
    assertProblem(
        Api.offContract().postJson("/api/v1/echo", "{\"message\":\"hi\"}"),
        401,
        "authentication_required");
    assertThat(Api.get("/api/v1").statusCode(), is(200));
  }

  @Test
  void whenPublicEndpointIsCalledThenNoKeyIsNeededButASentKeyIsChecked() {
    JsonObject revoked = TestApiKeys.create("Revoked before a public call", "jobs:read");
    Api.send(
        "POST",
        KEYS + "/" + revoked.getString("id") + "/revoke",
        BodyPublishers.noBody(),
        Keys.bootstrapAuth());

    for (String path : List.of("/api/v1", "/api/v1/changelog")) {
      assertThat(Api.get(path).statusCode(), is(200));
      assertThat(Api.get(path, Keys.bootstrapAuth()).statusCode(), is(200));
      assertProblem(
          Api.get(path, Keys.auth(revoked.getString("secret"))), 401, "invalid_credentials");
      assertProblem(
          Api.get(path, Keys.auth("sk_test_" + "B".repeat(43))), 401, "invalid_credentials");
    }
  }

  @Test
  void whenKeyIdIsUnknownThen404OnEveryOperation() {
    String path = KEYS + "/key_0000000000000000000000";
    assertProblem(Api.get(path, Keys.bootstrapAuth()), 404, "resource_not_found");
    assertProblem(
        Api.patchJson(path, "{\"name\":\"x\"}", Keys.bootstrapAuth()), 404, "resource_not_found");
    assertProblem(
        Api.send("POST", path + "/rotate", BodyPublishers.noBody(), Keys.bootstrapAuth()),
        404,
        "resource_not_found");
    assertProblem(
        Api.send("POST", path + "/revoke", BodyPublishers.noBody(), Keys.bootstrapAuth()),
        404,
        "resource_not_found");
  }
}
