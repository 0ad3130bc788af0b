package dev.portico.apikey.api;

import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.apikey.domain.IpAllowlist;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns create and update bodies into {@link ApiKeySettings}, reporting every bad field at once
 * (unknown scope, tier or CIDR block, expiry in the past) as one 400 validation problem.
 */
public final class ApiKeySettingsMapper {

  private static final String KNOWN_SCOPES =
      Arrays.stream(Scope.values()).map(Scope::text).collect(Collectors.joining(", "));

  private final List<FieldError> errors = new ArrayList<>();
  private final Instant now;

  private ApiKeySettingsMapper(Instant now) {
    this.now = now;
  }

  public static ApiKeySettings create(CreateApiKeyRequest request, Instant now) {
    ApiKeySettingsMapper mapper = new ApiKeySettingsMapper(now);
    ApiKeySettings settings =
        new ApiKeySettings(
            request.name().strip(),
            mapper.scopes(request.scopes()),
            mapper.expiry(request.expiresAt()),
            mapper.allowlist(request.allowedIps()),
            mapper.tier(request.rateLimitTier()),
            mapper.override(request.rateLimitOverride()));
    mapper.failIfAny();
    return settings;
  }

  static ApiKeySettings update(
      ApiKeySettings current, PatchBody<UpdateApiKeyRequest> patch, Instant now) {
    ApiKeySettingsMapper mapper = new ApiKeySettingsMapper(now);
    UpdateApiKeyRequest request = patch.value();
    ApiKeySettings changed = current;
    if (patch.has("name")) {
      changed = changed.withName(mapper.requireName(request.name()));
    }
    if (patch.has("scopes")) {
      changed = changed.withScopes(mapper.scopes(request.scopes()));
    }
    if (patch.has("expires_at")) {
      changed = changed.withExpiresAt(mapper.expiry(request.expiresAt()));
    }
    if (patch.has("allowed_ips")) {
      changed = changed.withAllowedIps(mapper.allowlist(request.allowedIps()));
    }
    if (patch.has("rate_limit_tier")) {
      changed = changed.withRateLimitTier(mapper.tier(request.rateLimitTier()));
    }
    if (patch.has("rate_limit_override")) {
      changed = changed.withRateLimitOverride(mapper.override(request.rateLimitOverride()));
    }
    mapper.failIfAny();
    return changed;
  }

  private String requireName(String name) {
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "must not be blank"));
      return "unnamed";
    }
    return name.strip();
  }

  private Set<Scope> scopes(List<String> requested) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (requested == null || requested.isEmpty()) {
      errors.add(new FieldError("scopes", "must name at least one scope"));
      return scopes;
    }
    for (int i = 0; i < requested.size(); i++) {
      String text = requested.get(i);
      int index = i;
      Scope.parse(text)
          .ifPresentOrElse(
              scopes::add,
              () ->
                  errors.add(
                      new FieldError(
                          "scopes[" + index + "]",
                          "unknown scope '" + text + "'; known: " + KNOWN_SCOPES)));
    }
    return scopes;
  }

  private Instant expiry(Instant expiresAt) {
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      errors.add(new FieldError("expires_at", "must be in the future"));
    }
    return expiresAt;
  }

  private IpAllowlist allowlist(List<String> cidrs) {
    try {
      return IpAllowlist.of(cidrs);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int space = message.indexOf(' ');
      String field =
          space > 0 && message.startsWith("allowed_ips")
              ? message.substring(0, space)
              : "allowed_ips";
      errors.add(new FieldError(field, space > 0 ? message.substring(space + 1) : message));
      return IpAllowlist.ANY;
    }
  }

  private RateLimitTier tier(String text) {
    if (text == null) {
      return RateLimitTier.DEFAULT;
    }
    return RateLimitTier.parse(text)
        .orElseGet(
            () -> {
              errors.add(
                  new FieldError(
                      "rate_limit_tier", "must be one of basic, standard, premium, enterprise"));
              return RateLimitTier.DEFAULT;
            });
  }

  private RateLimitOverride override(RateLimitOverrideBody body) {
    if (body == null) {
      return null;
    }
    try {
      return new RateLimitOverride(body.perMinute(), body.perHour(), body.perDay(), body.burst());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("rate_limit_override", e.getMessage()));
      return null;
    }
  }

  private void failIfAny() {
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), errors);
    }
  }
}
