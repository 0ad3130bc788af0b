package dev.portico.platform.listing;

import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.paging.ListPage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to a list request: the page envelope, each object trimmed to the sparse fieldset, and
 * a signed cursor plus {@code Link rel="next"} when more rows follow.
 */
public final class ListResponses {

  private ListResponses() {}

  /** {@code rows} as fetched by {@link ListJpql} (one beyond the limit). */
  public static <E> Response page(
      List<E> rows,
      ListQuery<E> query,
      Function<E, ?> toResponse,
      CursorCodec cursors,
      UriInfo uri) {
    List<E> shown = shown(rows, query);
    String next = nextCursor(rows, query, cursors).orElse(null);
    List<Object> data =
        shown.stream().map(row -> query.fields().apply(toResponse.apply(row))).toList();
    Response.ResponseBuilder response =
        Response.ok(new ListPage<>("list", data, next != null, next));
    if (next != null) {
      response.link(
          uri.getRequestUriBuilder()
              .replaceQueryParam("cursor", next)
              .replaceQueryParam("limit", query.limit())
              .build(),
          "next");
    }
    return response.build();
  }

  /** The rows of the page itself: {@code rows} without the one fetched beyond the limit. */
  public static <E> List<E> shown(List<E> rows, ListQuery<E> query) {
    return rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
  }

  /** The signed cursor of the page after this one, when more rows follow. */
  public static <E> Optional<String> nextCursor(
      List<E> rows, ListQuery<E> query, CursorCodec cursors) {
    if (rows.size() <= query.limit()) {
      return Optional.empty();
    }
    E last = rows.get(query.limit() - 1);
    KeysetPosition position =
        KeysetPosition.after(last, query.sort(), query.spec().idOf().apply(last));
    return Optional.of(
        cursors.encode(query.signature(), position.encode(query.sort().key().kind())));
  }
}
