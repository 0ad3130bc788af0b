package dev.portico.quota.web;

import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitCeilings;
import dev.portico.platform.security.CallerContext;
import dev.portico.quota.QuotaService;
import dev.portico.quota.domain.QuotaUse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The organization's plan, its rate-limit ceiling and this month's use of its quota, on the API
 * keys page. The operator sets the plan (on the organizations page), never the organization itself.
 */
@Named
@RequestScoped
public class QuotaPanel {

  private static final DateTimeFormatter RENEWAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject QuotaService quotas;
  @Inject RateLimitCeilings ceilings;
  @Inject CallerContext callerContext;

  private QuotaUse use;
  private long refused;

  @PostConstruct
  void load() {
    String organizationId = callerContext.current().organizationId();
    use = quotas.use(organizationId);
    refused = quotas.refused(organizationId, use.period());
  }

  public String getOrganizationId() {
    return callerContext.current().organizationId();
  }

  public String getPlan() {
    return use.plan().name();
  }

  /** For example "1 234 of 100 000 requests in 2026-11 (1 %)". */
  public String getUse() {
    return count(use.used())
        + " of "
        + count(use.limit())
        + " requests in "
        + use.period().text()
        + " ("
        + use.percentUsed()
        + " %)";
  }

  /** For example "57 requests refused with 429 this month (rate limits and quota)". */
  public String getRefused() {
    return count(refused)
        + (refused == 1 ? " request" : " requests")
        + " refused with 429 this month (rate limits and quota), not counted above.";
  }

  public long getUsed() {
    return Math.min(use.used(), use.limit());
  }

  public long getLimit() {
    return use.limit();
  }

  public String getRenews() {
    return RENEWAL.format(use.period().end()) + ", 00:00 UTC";
  }

  public String getOverage() {
    return use.plan().blocks()
        ? "Once it is used, requests are refused (429 quota_exceeded) until the month ends."
        : "Once it is used, requests still go through and are still counted.";
  }

  public String getState() {
    if (use.isUsedUp()) {
      return "used-up";
    }
    return use.percentUsed() >= 80 ? "warning" : "ok";
  }

  public boolean isEnforced() {
    return quotas.enabled();
  }

  /** Which rate-limit tiers the organization's keys may have, and who decides. */
  public String getCeiling() {
    RateLimitCeiling ceiling = ceilings.of(callerContext.current().organizationId());
    return ceiling
        .tier()
        .map(
            tier ->
                "Keys may have rate-limit tiers up to "
                    + tier.text()
                    + ", with overrides no higher than its limits. The operator sets the plan;"
                    + " ask them for another.")
        .orElse("Keys may have any rate-limit tier and override: there is no ceiling.");
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
  }
}
