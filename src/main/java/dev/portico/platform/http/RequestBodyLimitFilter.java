package dev.portico.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Refuses, before any reading, a request whose Content-Length is over the {@link BodyLimit}. */
@Provider
@PreMatching
public class RequestBodyLimitFilter implements ContainerRequestFilter {

  @Inject BodyLimit limit;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > limit.maxBytes()) {
      throw limit.exceeded();
    }
  }
}
