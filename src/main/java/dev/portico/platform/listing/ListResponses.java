package dev.portico.platform.listing;

import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.paging.ListPage;
import dev.portico.platform.paging.Pages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
    boolean hasMore = rows.size() > query.limit();
    List<E> shown = hasMore ? rows.subList(0, query.limit()) : rows;
    String next = null;
    if (hasMore) {
      E last = shown.get(shown.size() - 1);
      KeysetPosition position =
          KeysetPosition.after(last, query.sort(), query.spec().idOf().apply(last));
      next = cursors.encode(query.signature(), position.encode(query.sort().key().kind()));
    }
    List<Object> data =
        shown.stream().map(row -> query.fields().apply(toResponse.apply(row))).toList();
    return Pages.ok(new ListPage<>("list", data, hasMore, next), next, query.limit(), uri);
  }
}
