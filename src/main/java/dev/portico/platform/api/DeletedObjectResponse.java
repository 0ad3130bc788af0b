package dev.portico.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to any delete: which object is gone. */
@Schema(name = "DeletedObject")
@JsonbPropertyOrder({"id", "object", "livemode", "deleted"})
public record DeletedObjectResponse(
    @Schema(example = "cus_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "The type of the object deleted.", example = "customer") String object,
    boolean livemode,
    @Schema(description = "Always true.", example = "true") boolean deleted) {

  public static DeletedObjectResponse of(String id, String object, boolean livemode) {
    return new DeletedObjectResponse(id, object, livemode, true);
  }
}
