package dev.portico.quota;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.account.AccountService;
import dev.portico.account.domain.PlanChanged;
import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitCeilings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Each organization's rate-limit ceiling: its plan's highest tier, or none for the operator's own
 * organization, which sets the ceilings rather than lives under one. Kept, like the plan, for
 * {@code portico.quotas.plan-cache}; a plan change on this server applies at once.
 */
@ApplicationScoped
public class PlanCeilings implements RateLimitCeilings {

  @Inject QuotaConfig config;
  @Inject QuotaService quotas;
  @Inject AccountService accounts;

  private Cache<String, RateLimitCeiling> ceilings;

  @PostConstruct
  void create() {
    ceilings =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(config.planCache()).build();
  }

  @Override
  public RateLimitCeiling of(String organizationId) {
    return ceilings.get(organizationId, this::read);
  }

  private RateLimitCeiling read(String organizationId) {
    if (accounts.isOperator(organizationId)) {
      return RateLimitCeiling.NONE;
    }
    return quotas.planOf(organizationId).ceiling();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanChanged change) {
    ceilings.invalidate(change.organizationId());
  }
}
