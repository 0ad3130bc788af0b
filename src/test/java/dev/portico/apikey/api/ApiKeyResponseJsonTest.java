package dev.portico.apikey.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.portico.platform.json.PorticoJsonb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key's nullable fields are written as {@code null}, so a client sees every SPEC field. */
class ApiKeyResponseJsonTest {

  private static final Instant AT = Instant.parse("2026-11-24T09:20:45Z");

  @Test
  void whenOptionalSettingsAreUnsetThenTheyAreExplicitNullsAndSecretIsAbsent() {
    String json = PorticoJsonb.get().toJson(keyWith(null));

    assertThat(json, containsString("\"expires_at\":null"));
    assertThat(json, containsString("\"rate_limit_override\":null"));
    assertThat(json, containsString("\"last_used_at\":null"));
    assertThat(json, not(containsString("\"secret\"")));
    assertThat(json, not(containsString("previous_secret_expires_at")));
  }

  @Test
  void whenOverrideLeavesWindowsOutThenTheyAreNullMeaningTheTierApplies() {
    String json =
        PorticoJsonb.get().toJson(keyWith(new RateLimitOverrideBody(1000, null, null, 50)));

    assertThat(
        json,
        containsString(
            "\"rate_limit_override\":{\"per_minute\":1000,\"per_hour\":null,"
                + "\"per_day\":null,\"burst\":50}"));
  }

  private static ApiKeyResponse keyWith(RateLimitOverrideBody override) {
    return new ApiKeyResponse(
        "key_0GZlGz3ZzMXlqC1aYw8N1w",
        "api_key",
        false,
        "Sync",
        "sk_test_4eC3",
        null,
        null,
        List.of("jobs:read"),
        "active",
        null,
        List.of(),
        "standard",
        override,
        null,
        AT,
        AT);
  }
}
