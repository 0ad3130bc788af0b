package dev.portico.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list takes ({@code @BeanParam}), documented once: {@code limit}
 * and {@code cursor}, read as sent so that a bad value becomes a problem naming it.
 */
public class PageParams {

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
  @Parameter(description = "The next_cursor of the previous page.")
  String cursor;

  public PageRequest toPageRequest() {
    return PageRequest.of(limit, cursor);
  }
}
