package dev.portico.platform.listing;

import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.time.Rfc3339;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One list request, checked against its {@link ListSpec}: page size, cursor position, sort, the
 * filters as sent and the sparse fieldset. Every parameter the list does not declare, every
 * repeated parameter and every bad value is a 400 naming it; all of them are reported at once.
 */
public final class ListQuery<E> {

  private static final Set<String> COMMON = Set.of("limit", "cursor", "sort", "fields");

  private final ListSpec<E> spec;
  private final PageRequest page;
  private final Sort<E> sort;
  private final Map<String, String> filters;
  private final FieldSelection fields;
  private final String signature;
  private final KeysetPosition after;

  private ListQuery(
      ListSpec<E> spec,
      ListParams common,
      MultivaluedMap<String, String> parameters,
      CursorCodec codec) {
    this.spec = spec;
    List<FieldError> errors = new ArrayList<>();
    parameters.forEach(
        (name, values) -> {
          if (!COMMON.contains(name) && !spec.filters().contains(name)) {
            errors.add(new FieldError(name, "is not a parameter of this list" + filterHint()));
          } else if (values.size() > 1) {
            errors.add(new FieldError(name, "must be given once"));
          }
        });
    throwIfAny(errors);
    this.page = PageRequest.of(common.limit, common.cursor);
    this.sort = parseSort(common.sort);
    this.fields = FieldSelection.parse(common.fields, spec.fields());
    Map<String, String> sent = new TreeMap<>();
    spec.filters().stream()
        .filter(parameters::containsKey)
        .forEach(name -> sent.put(name, parameters.getFirst(name)));
    this.filters = Map.copyOf(sent);
    this.signature =
        spec.name()
            + "|sort="
            + sort.text()
            + "|"
            + sent.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    this.after =
        page.cursor() == null
            ? null
            : KeysetPosition.decode(codec.decode(signature, page.cursor()), sort.key().kind())
                .orElseThrow(ListQuery::invalidCursor);
  }

  /**
   * The common parameters from {@code params}; the filters, and anything unknown, from {@code uri}.
   */
  public static <E> ListQuery<E> of(
      ListSpec<E> spec, ListParams params, UriInfo uri, CursorCodec codec) {
    return new ListQuery<>(spec, params, uri.getQueryParameters(), codec);
  }

  /** The first page of {@code limit} objects in the list's default order, without filters. */
  public static <E> ListQuery<E> firstPage(ListSpec<E> spec, int limit) {
    return new ListQuery<>(spec, ListParams.firstPage(limit), new MultivaluedHashMap<>(), null);
  }

  /**
   * A page for Portico's own pages: {@code limit} objects in the default order with {@code filters}
   * (blank ones left out), after {@code cursor} (a {@link #nextCursor} of the same query) when one
   * is given.
   */
  public static <E> ListQuery<E> page(
      ListSpec<E> spec, Map<String, String> filters, int limit, String cursor, CursorCodec codec) {
    MultivaluedMap<String, String> sent = new MultivaluedHashMap<>();
    filters.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            sent.putSingle(name, value);
          }
        });
    return new ListQuery<>(spec, ListParams.page(limit, cursor), sent, codec);
  }

  public ListSpec<E> spec() {
    return spec;
  }

  public int limit() {
    return page.limit();
  }

  public Sort<E> sort() {
    return sort;
  }

  public FieldSelection fields() {
    return fields;
  }

  /** The cursor's position, or empty on the first page. */
  public Optional<KeysetPosition> after() {
    return Optional.ofNullable(after);
  }

  /** What a cursor of this list is bound to: the list, its sort and its filters. */
  String signature() {
    return signature;
  }

  /** A filter's value as sent, trimmed; empty when absent or blank. */
  public Optional<String> text(String filter) {
    return Optional.ofNullable(filters.get(filter)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** A timestamp filter (RFC 3339); anything else is a 400 naming it. */
  public Optional<Instant> instant(String filter) {
    return text(filter)
        .map(
            value -> {
              try {
                return Rfc3339.instant(value);
              } catch (DateTimeException notRfc3339) {
                throw invalid(
                    filter,
                    "must be an RFC 3339 timestamp "
                        + Rfc3339.RANGE
                        + ", e.g. 2026-11-24T09:00:00Z");
              }
            });
  }

  /** A filter whose value must be one of {@code allowed}; anything else is a 400 naming it. */
  public Optional<String> oneOf(String filter, Set<String> allowed) {
    return text(filter)
        .map(
            value -> {
              if (!allowed.contains(value)) {
                throw invalid(filter, "must be one of " + String.join(", ", sorted(allowed)));
              }
              return value;
            });
  }

  /** A 400 for a filter whose value is wrong, naming it. */
  public static ProblemException invalid(String parameter, String message) {
    return ProblemException.invalidField(parameter, message);
  }

  private Sort<E> parseSort(String text) {
    if (text == null || text.isBlank()) {
      return spec.defaultSort();
    }
    String[] parts = text.strip().split(":", -1);
    SortKey<E> key = spec.sortKeys().get(parts[0]);
    boolean directionOk =
        parts.length == 1 || (parts.length == 2 && Set.of("asc", "desc").contains(parts[1]));
    if (key == null || !directionOk) {
      throw invalid(
          "sort",
          "'"
              + text.strip()
              + "' is not a sort of this list; use field:asc or field:desc with a field of "
              + String.join(", ", spec.sortNames()));
    }
    return new Sort<>(key, parts.length == 2 && parts[1].equals("desc"));
  }

  private String filterHint() {
    return spec.filters().isEmpty()
        ? "; it takes limit, cursor, sort and fields"
        : "; its filters are " + String.join(", ", sorted(spec.filters()));
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), errors);
    }
  }

  private static ProblemException invalidCursor() {
    return new ProblemException(ErrorCode.INVALID_CURSOR, ErrorCode.INVALID_CURSOR.defaultDetail());
  }
}
