package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.security.Scope;
import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first run on an empty database printed one box with a key that works, and its curl line. */
class FirstRunIT {

  @Test
  void whenServerFirstStartedThenOneBoxWithAWorkingKeyWasPrinted() throws Exception {
    String console = Files.readString(Keys.consoleLog());

    assertThat(console.split("PORTICO IS READY", -1).length - 1, is(1));
    Matcher curl =
        Pattern.compile("curl -H \"Authorization: Bearer (sk_test_\\w+)\" (\\S+)").matcher(console);
    assertThat(curl.find(), is(true));
    assertThat(curl.group(1), is(Keys.bootstrap()));
    assertThat(curl.group(2), is(Api.BASE_URL + "/api/v1/api-keys"));

    JsonObject keys = Api.json(Api.get("/api/v1/api-keys?limit=100", Keys.bootstrapAuth()));
    JsonObject firstRunKey =
        keys.getJsonArray("data").stream()
            .map(k -> k.asJsonObject())
            .filter(k -> k.getString("name").equals("First-run test key"))
            .findFirst()
            .orElseThrow();
    assertThat(firstRunKey.getBoolean("livemode"), is(false));
    assertThat(
        "every scope, the operator's included",
        firstRunKey.getJsonArray("scopes").size(),
        is(Scope.values().length));
    assertThat(console, containsString("Portal owner: owner@example.com"));
  }

  @Test
  void whenFirstRunCreatedTheKeyThenTheAuditLogNamesPorticoAsTheActor() {
    JsonObject events =
        Api.json(
            Api.get("/api/v1/audit-events?action=api_key.created&limit=100", Keys.bootstrapAuth()));
    boolean bySystem =
        events.getJsonArray("data").stream()
            .map(e -> e.asJsonObject().getJsonObject("actor"))
            .anyMatch(
                a -> a.getString("type").equals("system") && a.getString("id").equals("portico"));
    assertThat(bySystem, is(true));
  }
}
