package dev.portico.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Refuses, before any reading, a request whose Content-Length is over the {@link BodyLimit}, and an
 * OPTIONS request with a body.
 */
@Provider
@PreMatching
public class RequestBodyLimitFilter implements ContainerRequestFilter {

  @Inject BodyLimit limit;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getLength() > limit.maxBytes()) {
      throw limit.exceeded();
    }
    // JAX-RS answers OPTIONS itself, before RequestBodyRules could see it; it takes no body either.
    if (HttpMethod.OPTIONS.equals(request.getMethod()) && RequestBodyRules.hasBody(request)) {
      throw RequestBodyRules.notTaken();
    }
  }
}
