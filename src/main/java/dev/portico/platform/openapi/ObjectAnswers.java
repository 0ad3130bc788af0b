package dev.portico.platform.openapi;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * An operation on one object that answers with the object (a PATCH of {@code /jobs/{id}}, an action
 * such as {@code POST /jobs/{id}/start}) states only its 200's description; the body, its schema
 * and example, is the one the object's GET documents, written once there.
 */
final class ObjectAnswers {

  private static final String OK = "200";

  private ObjectAnswers() {}

  static void complete(Paths paths) {
    paths
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          APIResponse ok = ok(operation);
                          if (method == PathItem.HttpMethod.GET
                              || ok == null
                              || ok.getRef() != null
                              || ok.getContent() != null) {
                            return;
                          }
                          String object =
                              method == PathItem.HttpMethod.PATCH
                                  ? path
                                  : path.substring(0, path.lastIndexOf('/'));
                          PathItem objectItem = paths.getPathItem(object);
                          APIResponse read = objectItem == null ? null : ok(objectItem.getGET());
                          if (read != null && read.getContent() != null) {
                            ok.setContent(copy(read.getContent()));
                          }
                        }));
  }

  private static APIResponse ok(Operation operation) {
    return operation == null || operation.getResponses() == null
        ? null
        : operation.getResponses().getAPIResponse(OK);
  }

  private static Content copy(Content content) {
    Content copy = org.eclipse.microprofile.openapi.OASFactory.createContent();
    content.getMediaTypes().forEach(copy::addMediaType);
    return copy;
  }
}
