package dev.portico.platform.web;

import dev.portico.platform.id.RequestId;
import jakarta.servlet.ServletRequest;

/** Where the current request's id is kept for the rest of the request path. */
public final class RequestIds {

  private static final String ATTRIBUTE = RequestId.class.getName();

  private RequestIds() {}

  static void attach(ServletRequest request, RequestId id) {
    request.setAttribute(ATTRIBUTE, id);
  }

  /** The id assigned by {@link RequestIdFilter}; a new one if the request bypassed the filter. */
  public static RequestId of(ServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    if (id instanceof RequestId requestId) {
      return requestId;
    }
    RequestId generated = RequestId.generate();
    attach(request, generated);
    return generated;
  }
}
