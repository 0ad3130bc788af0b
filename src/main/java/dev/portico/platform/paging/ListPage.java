package dev.portico.platform.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection: {@code {"object":"list","data":[…],"has_more":…,"next_cursor":…}}. */
@JsonbPropertyOrder({"object", "data", "hasMore", "nextCursor"})
public record ListPage<T>(
    @Schema(description = "Always \"list\".", example = "list") String object,
    @Schema(description = "The objects on this page.") List<T> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(description = "The cursor of the next page; null on the last page.", nullable = true)
        @JsonbNillable
        String nextCursor) {

  public static <T> ListPage<T> complete(List<T> data) {
    return new ListPage<>("list", List.copyOf(data), false, null);
  }
}
