package dev.portico.platform.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one list accepts, declared once beside its resource: the sort fields (each backed by an
 * index), the default order, the filters and the response type whose fields {@code fields=} may
 * name. Anything else in the query string is refused, naming the parameter.
 */
public record ListSpec<E>(
    String name,
    Map<String, SortKey<E>> sortKeys,
    Sort<E> defaultSort,
    Set<String> filters,
    ResponseFields fields,
    Function<E, String> idOf) {

  /** The creation-time filters every list of business objects takes. */
  public static final Set<String> CREATED_FILTERS =
      Set.of("created_gte", "created_gt", "created_lte", "created_lt");

  /** {@code sortKeys} in the order the documentation lists them; the first is the default. */
  @SafeVarargs
  public static <E> ListSpec<E> of(
      String name,
      Class<? extends Record> response,
      Function<E, String> idOf,
      Set<String> filters,
      boolean defaultDescending,
      SortKey<E>... sortKeys) {
    Map<String, SortKey<E>> byName = new LinkedHashMap<>();
    for (SortKey<E> key : sortKeys) {
      byName.put(key.name(), key);
    }
    return new ListSpec<>(
        name,
        Map.copyOf(byName),
        new Sort<>(sortKeys[0], defaultDescending),
        Set.copyOf(filters),
        ResponseFields.of(response),
        idOf);
  }

  public List<String> sortNames() {
    return sortKeys.keySet().stream().sorted().toList();
  }
}
