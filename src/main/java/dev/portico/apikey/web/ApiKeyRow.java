package dev.portico.apikey.web;

import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.platform.ratelimit.RateLimits;
import dev.portico.platform.security.Scope;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/** One API key as the console's table shows it (getters, for Faces EL). */
public class ApiKeyRow {

  private final ApiKey key;
  private final ApiKeySettings settings;
  private final String status;
  private final Instant lastUsedAt;

  ApiKeyRow(ApiKey key, Instant now, Instant lastUsedAt) {
    this.key = key;
    this.settings = key.settings();
    this.status = key.status(now).text();
    this.lastUsedAt = lastUsedAt;
  }

  public String getId() {
    return key.id();
  }

  public String getName() {
    return settings.name();
  }

  public String getPrefix() {
    return key.prefix();
  }

  public String getScopes() {
    return settings.scopes().stream().map(Scope::text).sorted().collect(Collectors.joining(" "));
  }

  public String getTier() {
    return settings.rateLimitTier().text();
  }

  /** The limits that apply: the tier's, with any window the key's override replaces. */
  public String getLimits() {
    RateLimits limits = settings.rateLimitTier().limits().with(settings.rateLimitOverride());
    return count(limits.perMinute())
        + "/min · "
        + count(limits.perHour())
        + "/h · "
        + count(limits.perDay())
        + "/day · burst "
        + count(limits.burst())
        + (settings.rateLimitOverride() == null ? "" : " (override)");
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
  }

  public String getAllowedIps() {
    return settings.allowedIps().isAny()
        ? "any address"
        : String.join(", ", settings.allowedIps().cidrs());
  }

  public String getStatus() {
    return status;
  }

  public boolean isActive() {
    return "active".equals(status);
  }

  public String getExpiresAt() {
    return ConsoleTimes.format(settings.expiresAt(), "never");
  }

  public String getLastUsedAt() {
    return ConsoleTimes.format(lastUsedAt, "never");
  }

  public String getCreatedAt() {
    return ConsoleTimes.format(key.createdAt(), "");
  }
}
