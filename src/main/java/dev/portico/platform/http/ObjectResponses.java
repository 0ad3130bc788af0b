package dev.portico.platform.http;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer carrying one business object: its body and its {@code ETag}, so every operation that
 * returns an object (create, retrieve, update, action) gives the tag a later If-Match needs.
 */
public final class ObjectResponses {

  private ObjectResponses() {}

  public static Response ok(Object body, long version) {
    return Response.ok(body).tag(IfMatch.tagOf(version)).build();
  }

  public static Response created(URI location, Object body, long version) {
    return Response.created(location).entity(body).tag(IfMatch.tagOf(version)).build();
  }
}
