package dev.portico.quota.web;

import dev.portico.platform.faces.ConsolePages;
import dev.portico.platform.faces.Notices;
import dev.portico.platform.security.CallerContext;
import dev.portico.quota.PlanCatalog;
import dev.portico.quota.PlanChanges;
import dev.portico.quota.PlanChanges.PlanChangeRefused;
import dev.portico.quota.QuotaService;
import dev.portico.quota.domain.Plan;
import dev.portico.quota.domain.QuotaUse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The organization's plan and this month's use of its quota, on the API keys page, and the owner's
 * form to change the plan.
 */
@Named
@RequestScoped
public class QuotaPanel {

  private static final DateTimeFormatter RENEWAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject QuotaService quotas;
  @Inject PlanCatalog plans;
  @Inject PlanChanges planChanges;
  @Inject CallerContext callerContext;
  @Inject Notices notices;

  private QuotaUse use;
  private long refused;
  private String chosenPlan;

  @PostConstruct
  void load() {
    String organizationId = callerContext.current().organizationId();
    use = quotas.use(organizationId);
    refused = quotas.refused(organizationId, use.period());
    chosenPlan = use.plan().name();
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

  public boolean isOwner() {
    return planChanges.allowed();
  }

  public List<SelectItem> getPlanChoices() {
    return plans.all().stream()
        .map(
            p ->
                new SelectItem(
                    p.name(),
                    p.name()
                        + " · "
                        + count(p.monthlyRequests())
                        + " requests/month, then "
                        + p.overage().text()))
        .toList();
  }

  public String getChosenPlan() {
    return chosenPlan;
  }

  public void setChosenPlan(String chosenPlan) {
    this.chosenPlan = chosenPlan;
  }

  public void changePlan() {
    try {
      Plan plan = planChanges.change(chosenPlan);
      notices.add("The organization is now on plan " + plan.name() + ".");
      ConsolePages.redirect("/portal/api-keys");
    } catch (PlanChangeRefused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
  }
}
