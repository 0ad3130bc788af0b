package dev.portico.apikey;

import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.audit.domain.FieldChange;
import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.security.Scope;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log's view of a key's settings: each field as the API names and shows it. */
final class ApiKeyAudit {

  static final String TARGET_TYPE = "api_key";

  private ApiKeyAudit() {}

  static List<FieldChange> between(ApiKeySettings before, ApiKeySettings after) {
    List<FieldChange> changes = new ArrayList<>();
    changes.add(change("name", text(before == null ? null : before.name()), text(after.name())));
    changes.add(change("scopes", scopes(before == null ? null : before), scopes(after)));
    changes.add(
        change(
            "expires_at",
            instant(before == null ? null : before.expiresAt()),
            instant(after.expiresAt())));
    changes.add(
        change(
            "allowed_ips",
            before == null ? JsonValue.NULL : strings(before.allowedIps().cidrs()),
            strings(after.allowedIps().cidrs())));
    changes.add(
        change(
            "rate_limit_tier",
            text(before == null ? null : before.rateLimitTier().text()),
            text(after.rateLimitTier().text())));
    changes.add(
        change(
            "rate_limit_override",
            override(before == null ? null : before.rateLimitOverride()),
            override(after.rateLimitOverride())));
    return changes;
  }

  static FieldChange change(String field, JsonValue before, JsonValue after) {
    return new FieldChange(field, before, after);
  }

  static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  static JsonValue instant(Instant value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }

  private static JsonValue scopes(ApiKeySettings settings) {
    return settings == null
        ? JsonValue.NULL
        : strings(settings.scopes().stream().map(Scope::text).sorted().toList());
  }

  private static JsonValue strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }

  private static JsonValue override(RateLimitOverride override) {
    if (override == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    addIfSet(object, "per_minute", override.perMinute());
    addIfSet(object, "per_hour", override.perHour());
    addIfSet(object, "per_day", override.perDay());
    addIfSet(object, "burst", override.burst());
    return object.build();
  }

  private static void addIfSet(JsonObjectBuilder object, String name, Integer value) {
    if (value != null) {
      object.add(name, value);
    }
  }
}
