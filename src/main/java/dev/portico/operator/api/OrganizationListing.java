package dev.portico.operator.api;

import dev.portico.account.domain.Organization;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How the operator lists organizations, like every other list: {@code plan} and the creation-time
 * filters, sorted by {@code created_at} (newest first) or {@code name}, with {@code fields}.
 */
public final class OrganizationListing {

  public static final ListSpec<Organization> SPEC = spec();

  private OrganizationListing() {}

  private static ListSpec<Organization> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("plan");
    return ListSpec.of(
        "organizations",
        OrganizationResponse.class,
        Organization::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", Organization::createdAt),
        SortKey.text("name", "name", Organization::name));
  }
}
