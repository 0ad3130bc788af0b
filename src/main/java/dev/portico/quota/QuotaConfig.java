package dev.portico.quota;

import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.quota.domain.Overage;
import dev.portico.quota.domain.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of quotas, each documented in the README's configuration table, and the plan catalogue:
 * {@code portico.plans} names the plans, and {@code portico.plans.<name>.monthly-requests}, {@code
 * portico.plans.<name>.overage} ({@code block} or {@code allow}) and {@code
 * portico.plans.<name>.max-tier} (a rate-limit tier, or {@code none} for no ceiling) define each.
 */
@ApplicationScoped
public class QuotaConfig {

  /** The plans Portico ships with, used for any setting left out. */
  private static final Map<String, Plan> BUILT_IN =
      Map.of(
          "basic", new Plan("basic", 100_000, Overage.BLOCK, RateLimitTier.STANDARD),
          "standard", new Plan("standard", 1_000_000, Overage.BLOCK, RateLimitTier.STANDARD),
          "premium", new Plan("premium", 5_000_000, Overage.ALLOW, RateLimitTier.PREMIUM),
          "enterprise",
              new Plan("enterprise", 25_000_000, Overage.ALLOW, RateLimitTier.ENTERPRISE));

  /** The value of {@code max-tier} that sets no ceiling. */
  private static final String NO_CEILING = "none";

  @Inject Config config;

  /** Off, no request is counted against a quota or refused for one (for benchmarks). */
  @Inject
  @ConfigProperty(name = "portico.quotas.enabled", defaultValue = "true")
  boolean enabled;

  /** How often each server adds the requests it counted to the database. */
  @Inject
  @ConfigProperty(name = "portico.quotas.write-interval", defaultValue = "PT5S")
  Duration writeInterval;

  /** How long a server trusts an organization's plan before reading it again. */
  @Inject
  @ConfigProperty(name = "portico.quotas.plan-cache", defaultValue = "PT30S")
  Duration planCache;

  @Inject
  @ConfigProperty(name = "portico.plans", defaultValue = "basic,standard,premium,enterprise")
  List<String> planNames;

  public boolean enabled() {
    return enabled;
  }

  public Duration writeInterval() {
    return writeInterval;
  }

  public Duration planCache() {
    return planCache;
  }

  /**
   * The catalogue in the configured order; the first plan is for organizations on no plan of it.
   */
  public List<Plan> plans() {
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (String raw : planNames) {
      String name = raw.trim();
      if (!name.isEmpty()) {
        plans.put(name, plan(name));
      }
    }
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("portico.plans names no plan");
    }
    return new ArrayList<>(plans.values());
  }

  private Plan plan(String name) {
    Plan builtIn = BUILT_IN.get(name);
    String prefix = "portico.plans." + name + ".";
    long monthly =
        config
            .getOptionalValue(prefix + "monthly-requests", Long.class)
            .or(() -> Optional.ofNullable(builtIn).map(Plan::monthlyRequests))
            .orElseThrow(
                () -> new IllegalArgumentException(prefix + "monthly-requests is not set"));
    Overage overage =
        config
            .getOptionalValue(prefix + "overage", String.class)
            .map(
                text ->
                    Overage.parse(text)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    prefix + "overage must be block or allow, not '" + text + "'")))
            .or(() -> Optional.ofNullable(builtIn).map(Plan::overage))
            .orElse(Overage.BLOCK);
    Optional<String> maxTier = config.getOptionalValue(prefix + "max-tier", String.class);
    RateLimitTier ceiling;
    if (maxTier.isPresent()) {
      ceiling = maxTier(prefix, maxTier.get());
    } else {
      ceiling = builtIn == null ? RateLimitTier.DEFAULT : builtIn.maxTier();
    }
    return new Plan(name, monthly, overage, ceiling);
  }

  /** The tier {@code text} names; null for {@link #NO_CEILING}. */
  private static RateLimitTier maxTier(String prefix, String text) {
    if (NO_CEILING.equals(text.strip())) {
      return null;
    }
    return RateLimitTier.parse(text.strip())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    prefix
                        + "max-tier must be basic, standard, premium, enterprise or none, not '"
                        + text
                        + "'"));
  }
}
