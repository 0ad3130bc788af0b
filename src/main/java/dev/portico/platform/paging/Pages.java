package dev.portico.platform.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Turns rows fetched one beyond the limit into a list response with a {@code Link} to the next. */
public final class Pages {

  private Pages() {}

  /**
   * The list response for {@code rows} (fetched with {@code limit + 1}); the next cursor continues
   * after the last shown row's id.
   */
  public static <E, R> Response respond(
      List<E> rows,
      PageRequest page,
      Function<E, String> idOf,
      Function<E, R> toResponse,
      String query,
      CursorCodec cursors,
      UriInfo uri) {
    boolean hasMore = rows.size() > page.limit();
    List<E> shown = hasMore ? rows.subList(0, page.limit()) : rows;
    String next = hasMore ? cursors.encode(query, idOf.apply(shown.get(shown.size() - 1))) : null;
    return ok(
        new ListPage<>("list", shown.stream().map(toResponse).toList(), hasMore, next),
        next,
        page.limit(),
        uri);
  }

  /**
   * A page as the answer: the envelope, and a {@code Link rel="next"} to the same request with the
   * {@code next} cursor when more rows follow.
   */
  public static Response ok(ListPage<?> body, String next, int limit, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(body);
    if (next != null) {
      response.link(
          uri.getRequestUriBuilder()
              .replaceQueryParam("cursor", next)
              .replaceQueryParam("limit", limit)
              .build(),
          "next");
    }
    return response.build();
  }
}
