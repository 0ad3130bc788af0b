package dev.portico.platform.listing;

import dev.portico.platform.paging.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list takes ({@code @BeanParam}), documented once; each list documents
 * its own filters and sort fields beside it.
 */
public class ListParams {

  @QueryParam("limit")
  @Parameter(
      description = "Page size, 1 to 100 (default 20).",
      example = "20",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              format = "int32",
              minimum = "1",
              maximum = "" + PageRequest.MAX_LIMIT,
              defaultValue = "" + PageRequest.DEFAULT_LIMIT))
  String limit;

  @QueryParam("cursor")
  @Parameter(
      description =
          "The next_cursor of the previous page, as received. Bound to the list, its sort and its"
              + " filters.")
  String cursor;

  @QueryParam("sort")
  @Parameter(
      description =
          "field:asc or field:desc, with one of the list's sort fields (see the operation).",
      example = "created_at:desc")
  String sort;

  @QueryParam("fields")
  @Parameter(
      description = "Comma-separated top-level fields to return (id and object always come back).",
      example = "id,name,email")
  String fields;

  /** The first page of {@code limit} objects in the default order, for Portico's own pages. */
  static ListParams firstPage(int limit) {
    return page(limit, null);
  }

  /** {@code limit} objects in the default order after {@code cursor}, for Portico's own pages. */
  static ListParams page(int limit, String cursor) {
    ListParams params = new ListParams();
    params.limit = Integer.toString(limit);
    params.cursor = cursor;
    return params;
  }
}
