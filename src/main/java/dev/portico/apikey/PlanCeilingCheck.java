package dev.portico.apikey;

import dev.portico.apikey.domain.ApiKeySettings;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.ratelimit.RateLimitWindow;
import dev.portico.platform.ratelimit.RateLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a key's tier or override above its organization's ceiling with 403 {@code
 * above_plan_ceiling}, naming the plan, its highest tier and each field above it.
 */
final class PlanCeilingCheck {

  private static final Map<String, RateLimitWindow> OVERRIDE_WINDOWS =
      Map.of(
          "per_minute", RateLimitWindow.MINUTE,
          "per_hour", RateLimitWindow.HOUR,
          "per_day", RateLimitWindow.DAY,
          "burst", RateLimitWindow.BURST);

  private PlanCeilingCheck() {}

  static void require(RateLimitCeiling ceiling, ApiKeySettings settings) {
    RateLimitTier highest = ceiling.tier().orElse(null);
    if (highest == null) {
      return;
    }
    List<FieldError> above = new ArrayList<>();
    if (!ceiling.allows(settings.rateLimitTier())) {
      above.add(
          new FieldError(
              "rate_limit_tier",
              "Above the plan's ceiling: the highest tier is " + highest.text() + "."));
    }
    RateLimits limits = highest.limits();
    for (String window : ceiling.windowsAbove(settings.rateLimitOverride())) {
      above.add(
          new FieldError(
              "rate_limit_override." + window,
              "Above the plan's ceiling: at most "
                  + limits.of(OVERRIDE_WINDOWS.get(window))
                  + ", the "
                  + highest.text()
                  + " tier's."));
    }
    if (!above.isEmpty()) {
      throw new ProblemException(
          ErrorCode.ABOVE_PLAN_CEILING,
          "The organization's plan, "
              + ceiling.plan()
              + ", allows rate-limit tiers up to "
              + highest.text()
              + " and no override above that tier's limits. The operator, the business that"
              + " runs Portico, sets each organization's plan.",
          above);
    }
  }
}
