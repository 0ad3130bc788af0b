package dev.portico.platform.listing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL of one list page: the resource's filter conditions, then the keyset condition and order
 * of the query's sort, fetching one row beyond the limit so the page knows whether more follow.
 * Never OFFSET: a page starts strictly after the last row shown, so rows inserted or deleted
 * elsewhere in the list shift nothing.
 */
public final class ListJpql<E> {

  private final Class<E> type;
  private final String alias;
  private final ListQuery<E> query;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private ListJpql(Class<E> type, String alias, ListQuery<E> query) {
    this.type = type;
    this.alias = alias;
    this.query = query;
  }

  /** A page of {@code type} rows, named {@code alias} in the conditions added. */
  public static <E> ListJpql<E> select(Class<E> type, String alias, ListQuery<E> query) {
    return new ListJpql<>(type, alias, query);
  }

  /** Adds a condition with one named parameter, e.g. {@code ("c.email = :email", "email", v)}. */
  public ListJpql<E> where(String condition, String parameter, Object value) {
    conditions.add(condition);
    parameters.put(parameter, value);
    return this;
  }

  /** The {@link ListSpec#CREATED_FILTERS} as sent, on the timestamp {@code attribute}. */
  public ListJpql<E> createdRange(String attribute) {
    String field = alias + "." + attribute;
    query.instant("created_gte").ifPresent(v -> where(field + " >= :createdGte", "createdGte", v));
    query.instant("created_gt").ifPresent(v -> where(field + " > :createdGt", "createdGt", v));
    query.instant("created_lte").ifPresent(v -> where(field + " <= :createdLte", "createdLte", v));
    query.instant("created_lt").ifPresent(v -> where(field + " < :createdLt", "createdLt", v));
    return this;
  }

  public List<E> fetch(EntityManager em) {
    Sort<E> sort = query.sort();
    String field = alias + "." + sort.key().attribute();
    String id = alias + ".id";
    String direction = sort.descending() ? " DESC" : " ASC";
    String beyond = sort.descending() ? " < " : " > ";
    String reaching = sort.descending() ? " <= " : " >= ";
    List<String> all = new ArrayList<>(conditions);
    query
        .after()
        .ifPresent(
            position -> {
              // The leading bound is implied by the OR, but only it lets the database start the
              // index range at the cursor instead of reading and dropping every row before it.
              all.add(
                  "("
                      + field
                      + reaching
                      + ":keysetValue AND ("
                      + field
                      + beyond
                      + ":keysetValue OR ("
                      + field
                      + " = :keysetValue AND "
                      + id
                      + beyond
                      + ":keysetId)))");
              parameters.put("keysetValue", position.value());
              parameters.put("keysetId", position.id());
            });
    StringBuilder jpql =
        new StringBuilder("SELECT ")
            .append(alias)
            .append(" FROM ")
            .append(type.getSimpleName())
            .append(' ')
            .append(alias);
    if (!all.isEmpty()) {
      jpql.append(" WHERE ").append(String.join(" AND ", all));
    }
    jpql.append(" ORDER BY ")
        .append(field)
        .append(direction)
        .append(", ")
        .append(id)
        .append(direction);
    TypedQuery<E> typed = em.createQuery(jpql.toString(), type);
    parameters.forEach(typed::setParameter);
    return typed.setMaxResults(query.limit() + 1).getResultList();
  }
}
