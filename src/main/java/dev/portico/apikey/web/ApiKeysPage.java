package dev.portico.apikey.web;

import dev.portico.apikey.ApiKeyService;
import dev.portico.apikey.IssuedApiKey;
import dev.portico.apikey.api.ApiKeySettingsMapper;
import dev.portico.apikey.api.CreateApiKeyRequest;
import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.platform.faces.ConsoleMode;
import dev.portico.platform.faces.ConsolePages;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.platform.faces.FieldMessages;
import dev.portico.platform.faces.Notices;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The API keys page: the mode's keys, and creating, rotating and revoking them through {@link
 * ApiKeyService}, which checks the role's scopes as it does an API key's. A new secret is shown
 * once, after the redirect.
 */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject ApiKeyService keys;
  @Inject CallerContext callerContext;
  @Inject Notices notices;
  @Inject ConsoleMode mode;

  private List<ApiKeyRow> rows;
  private boolean more;

  private String name;
  private List<String> scopes = new ArrayList<>();
  private String expiresOn;
  private String allowedIps;
  private String tier = RateLimitTier.DEFAULT.text();
  private String rotationGrace = "PT24H";

  @PostConstruct
  void load() {
    List<ApiKey> page = keys.newest(PAGE_SIZE);
    Instant now = keys.now();
    more = page.size() > PAGE_SIZE;
    rows =
        page.stream()
            .limit(PAGE_SIZE)
            .map(k -> new ApiKeyRow(k, now, keys.lastUsedAt(k).orElse(null)))
            .toList();
  }

  public void create() {
    List<FieldError> errors = new ArrayList<>();
    CreateApiKeyRequest request =
        new CreateApiKeyRequest(
            name == null ? "" : name,
            List.copyOf(scopes),
            expiry(errors),
            allowedIpList(),
            tier,
            null);
    for (ConstraintViolation<CreateApiKeyRequest> violation :
        CDI.current().select(Validator.class).get().validate(request)) {
      errors.add(new FieldError(violation.getPropertyPath().toString(), message(violation)));
    }
    ApiKeySettings settings = null;
    try {
      // Checked even when the name or scopes are missing, so every mistake is shown at once.
      settings = ApiKeySettingsMapper.create(withPlaceholderName(request), keys.now());
    } catch (ProblemException invalid) {
      invalid.errors().stream().filter(e -> !e.field().equals("scopes")).forEach(errors::add);
    }
    if (!errors.isEmpty()) {
      FieldMessages.show(errors, "create");
      return;
    }
    try {
      IssuedApiKey issued = keys.create(settings, callerContext.current().actor().id());
      notices.reveal(
          new Notices.Reveal(
              "Your new " + mode.getName() + " key “" + issued.key().settings().name() + "”",
              issued.token().value(),
              "Copy it now and keep it somewhere safe: Portico keeps only a hash of it and"
                  + " cannot show it again."));
      ConsolePages.redirect("/portal/api-keys");
    } catch (ProblemException refused) {
      FieldMessages.show(fieldErrorsOf(refused), "create");
    }
  }

  private static CreateApiKeyRequest withPlaceholderName(CreateApiKeyRequest request) {
    String name = request.name().isBlank() ? "unnamed" : request.name();
    return new CreateApiKeyRequest(
        name.length() > 100 ? name.substring(0, 100) : name,
        request.scopes(),
        request.expiresAt(),
        request.allowedIps(),
        request.rateLimitTier(),
        request.rateLimitOverride());
  }

  public void rotate(String id) {
    try {
      IssuedApiKey issued = keys.rotate(id, Duration.parse(rotationGrace));
      String grace =
          issued.previousSecretExpiresAt() == null
              ? ""
              : " The previous secret works until "
                  + ConsoleTimes.format(issued.previousSecretExpiresAt(), "")
                  + ".";
      notices.reveal(
          new Notices.Reveal(
              "The new secret of “" + issued.key().settings().name() + "”",
              issued.token().value(),
              "Copy it now: it is shown once." + grace));
      ConsolePages.redirect("/portal/api-keys");
    } catch (ProblemException refused) {
      FieldMessages.show(List.of(new FieldError("", refused.getMessage())), "keys");
    }
  }

  public void revoke(String id) {
    try {
      ApiKey revoked = keys.revoke(id);
      notices.add("Revoked “" + revoked.settings().name() + "”. It stops working at once.");
      ConsolePages.redirect("/portal/api-keys");
    } catch (ProblemException refused) {
      FieldMessages.show(List.of(new FieldError("", refused.getMessage())), "keys");
    }
  }

  private Instant expiry(List<FieldError> errors) {
    if (expiresOn == null || expiresOn.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(expiresOn.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("expires_at", "Enter a date as YYYY-MM-DD."));
      return null;
    }
  }

  private List<String> allowedIpList() {
    if (allowedIps == null || allowedIps.isBlank()) {
      return null;
    }
    return Arrays.stream(allowedIps.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  private static String message(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return switch (path) {
      case "name" -> "Enter a name of 1 to 100 characters.";
      case "scopes" -> "Choose at least one scope.";
      default -> violation.getMessage();
    };
  }

  private static List<FieldError> fieldErrorsOf(ProblemException problem) {
    if (!problem.errors().isEmpty()) {
      return problem.errors();
    }
    return List.of(new FieldError("", problem.getMessage()));
  }

  public List<ApiKeyRow> getRows() {
    return rows;
  }

  public boolean isMore() {
    return more;
  }

  /** The scopes the signed-in user holds, which are all a key of theirs may have. */
  public List<String> getScopeChoices() {
    return Arrays.stream(Scope.values())
        .filter(callerContext.current()::has)
        .map(Scope::text)
        .toList();
  }

  public List<String> getTierChoices() {
    return Arrays.stream(RateLimitTier.values()).map(RateLimitTier::text).toList();
  }

  /** The plan's ceiling, beside the tier choice; a tier above it is refused, naming it. */
  public String getTierHint() {
    RateLimitCeiling ceiling = keys.ceiling();
    return ceiling
        .tier()
        .map(tier -> "Up to " + tier.text() + " on your plan, " + ceiling.plan() + ".")
        .orElse("Any tier: your organization has no ceiling.");
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getAllowedIps() {
    return allowedIps;
  }

  public void setAllowedIps(String allowedIps) {
    this.allowedIps = allowedIps;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getRotationGrace() {
    return rotationGrace;
  }

  public void setRotationGrace(String rotationGrace) {
    this.rotationGrace = rotationGrace;
  }
}
