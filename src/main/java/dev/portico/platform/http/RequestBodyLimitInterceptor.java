package dev.portico.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Stops reading a body without Content-Length (chunked) once it passes the {@link BodyLimit}, so an
 * oversized body is never buffered whole.
 */
@Provider
public class RequestBodyLimitInterceptor implements ReaderInterceptor {

  @Inject BodyLimit limit;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    context.setInputStream(
        new BoundedInputStream(context.getInputStream(), limit.maxBytes(), limit::exceeded));
    return context.proceed();
  }
}
