package dev.portico.quota.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.account.AccountService;
import dev.portico.account.domain.PlanChanged;
import dev.portico.quota.QuotaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The plan each organization is on, asked of account and kept for {@code
 * portico.quotas.plan-cache}: a change made on this server applies at once (account tells of it),
 * one made on another within that time.
 */
@ApplicationScoped
public class OrganizationPlans {

  @Inject QuotaConfig config;
  @Inject AccountService accounts;

  private Cache<String, String> plans;

  @PostConstruct
  void create() {
    plans = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(config.planCache()).build();
  }

  /** The plan's name; empty text for an organization that does not exist. */
  public String of(String organizationId) {
    return plans.get(organizationId, accounts::planOf);
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanChanged change) {
    plans.invalidate(change.organizationId());
  }
}
