package dev.portico.platform.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a collection: {@code {"object":"list","data":[…],"has_more":…,"next_cursor":…}}. */
@JsonbPropertyOrder({"object", "data", "hasMore", "nextCursor"})
public record ListPage<T>(
    String object, List<T> data, boolean hasMore, @JsonbNillable String nextCursor) {

  public static <T> ListPage<T> complete(List<T> data) {
    return new ListPage<>("list", List.copyOf(data), false, null);
  }
}
