package dev.portico.platform.http;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * A body a client sends is read or refused, never ignored: an operation that takes none refuses
 * any, and one that takes JSON refuses a body that is not declared {@code application/json} in
 * UTF-8 (no content type, a wildcard, another charset). Runs after authentication and scope checks,
 * so a caller without access learns nothing about the operation's body.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyRules implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!hasBody(request)) {
      return;
    }
    Method method = resource.getResourceMethod();
    if (method != null && !EntityParameters.takesBody(method)) {
      throw notTaken();
    }
    if (!isJsonInUtf8(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
      throw new ProblemException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "Send the request body as 'Content-Type: application/json' in UTF-8.");
    }
  }

  static ProblemException notTaken() {
    return new ProblemException(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        "This operation takes no request body; send the request without one.");
  }

  /**
   * Whether the request carries at least one byte of body. Content-Length says so when sent; a
   * chunked body is peeked at and put back.
   */
  static boolean hasBody(ContainerRequestContext request) throws IOException {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      return !"0".equals(length.strip());
    }
    if (request.getHeaderString("Transfer-Encoding") == null) {
      return false;
    }
    PushbackInputStream stream = new PushbackInputStream(request.getEntityStream(), 1);
    request.setEntityStream(stream);
    int first = stream.read();
    if (first == -1) {
      return false;
    }
    stream.unread(first);
    return true;
  }

  static boolean isJsonInUtf8(String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType type;
    try {
      type = MediaType.valueOf(contentType);
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return "application".equalsIgnoreCase(type.getType())
        && "json".equalsIgnoreCase(type.getSubtype())
        && (charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset));
  }
}
