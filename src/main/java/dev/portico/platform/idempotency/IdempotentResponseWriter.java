package dev.portico.platform.idempotency;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.RuntimeDelegate;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the answer of a request that claimed an Idempotency-Key: the body is written to memory
 * first, stored, then sent, so what is replayed is exactly what the first client was sent.
 */
@Provider
public class IdempotentResponseWriter implements WriterInterceptor {

  /** The size of idempotency_keys.response_body. */
  static final int MAX_KEPT_CHARACTERS = 1_000_000;

  @Inject IdempotencyStore store;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(IdempotencyFilter.CLAIM) instanceof IdempotencyFilter.Claim claim)
        || !(context.getProperty(IdempotencyFilter.STATUS) instanceof Integer status)) {
      context.proceed();
      return;
    }
    OutputStream client = context.getOutputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    context.setOutputStream(body);
    context.proceed();
    String written = body.toString(StandardCharsets.UTF_8);
    if (written.length() > MAX_KEPT_CHARACTERS) {
      // Larger than the column: not kept, so the key is freed rather than replayed half.
      store.release(claim.tenant(), claim.key());
    } else {
      store.complete(
          claim.tenant(),
          claim.key(),
          new StoredResponse(
              status,
              context.getMediaType().toString(),
              header(context, HttpHeaders.LOCATION),
              header(context, HttpHeaders.ETAG),
              written));
    }
    context.removeProperty(IdempotencyFilter.CLAIM);
    body.writeTo(client);
    context.setOutputStream(client);
  }

  /** A header as it is sent: an ETag is an EntityTag object until JAX-RS writes it quoted. */
  private static String header(WriterInterceptorContext context, String name) {
    Object value = context.getHeaders().getFirst(name);
    if (value instanceof EntityTag tag) {
      return RuntimeDelegate.getInstance().createHeaderDelegate(EntityTag.class).toString(tag);
    }
    return value == null ? null : value.toString();
  }
}
