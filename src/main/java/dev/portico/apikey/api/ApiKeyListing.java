package dev.portico.apikey.api;

import dev.portico.apikey.domain.ApiKey;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How API keys are listed, like every other list: {@code status} and the creation-time filters,
 * sorted by {@code created_at} (newest first) or {@code name}, with {@code fields}.
 */
public final class ApiKeyListing {

  public static final ListSpec<ApiKey> SPEC = spec();

  private ApiKeyListing() {}

  private static ListSpec<ApiKey> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("status");
    return ListSpec.of(
        "api_keys",
        ApiKeyResponse.class,
        ApiKey::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", ApiKey::createdAt),
        SortKey.text("name", "name", ApiKey::name));
  }
}
