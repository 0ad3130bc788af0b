package dev.portico.quota;

import dev.portico.quota.domain.Plan;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The plans organizations can be on, from {@link QuotaConfig}, read once at start. */
@ApplicationScoped
public class PlanCatalog {

  @Inject QuotaConfig config;

  private List<Plan> plans;

  @PostConstruct
  void read() {
    plans = List.copyOf(config.plans());
  }

  public List<Plan> all() {
    return plans;
  }

  public Optional<Plan> find(String name) {
    return plans.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The named plan; an organization on a plan the catalogue no longer has gets the first one. */
  public Plan of(String name) {
    return find(name).orElse(plans.get(0));
  }
}
