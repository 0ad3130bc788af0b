package dev.portico.platform.idempotency;

import dev.portico.platform.http.BodyLimit;
import dev.portico.platform.http.BoundedInputStream;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.PorticoClock;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs a POST that carries {@code Idempotency-Key} at most once per key, organization and mode.
 * After authentication and scope checks (a refused request claims nothing), the key is claimed in
 * the database; a repeat of the same request gets the first answer with {@code Idempotent-Replayed:
 * true}, another request under the same key 422, and a repeat while the first still runs 409. A
 * failure on the server's side frees the key, so the client's retry runs again.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  static final String STATUS = IdempotencyFilter.class.getName() + ".status";

  @Inject CallerContext callerContext;
  @Inject IdempotencyStore store;
  @Inject IdempotencyConfig config;
  @Inject BodyLimit bodyLimit;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String header = request.getHeaderString(IdempotencyKey.HEADER);
    if (!HttpMethod.POST.equals(request.getMethod()) || header == null) {
      return;
    }
    IdempotencyKey key = IdempotencyKey.parse(header);
    Optional<TenantKey> tenant = callerContext.find().map(TenantKey::of);
    if (tenant.isEmpty()) {
      return;
    }
    byte[] body = readBody(request);
    request.setEntityStream(new ByteArrayInputStream(body));
    URI uri = request.getUriInfo().getRequestUri();
    String fingerprint =
        RequestFingerprint.of(
            request.getMethod(),
            uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
            body);
    Instant now = PorticoClock.UTC_MILLIS.instant();
    Optional<PriorRequest> prior =
        store.claim(tenant.get(), key.value(), fingerprint, now, now.plus(config.retention()));
    if (prior.isEmpty()) {
      request.setProperty(CLAIM, new Claim(tenant.get(), key.value()));
      return;
    }
    if (!prior.get().fingerprint().equals(fingerprint)) {
      throw new ProblemException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED, ErrorCode.IDEMPOTENCY_KEY_REUSED.defaultDetail());
    }
    if (prior.get().running()) {
      throw new ProblemException(
          ErrorCode.IDEMPOTENCY_KEY_IN_USE, ErrorCode.IDEMPOTENCY_KEY_IN_USE.defaultDetail());
    }
    request.abortWith(replay(prior.get().response()));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
      return;
    }
    if (response.getStatus() >= 500) {
      store.release(claim.tenant(), claim.key());
    } else if (response.hasEntity()) {
      // The answer is stored once it is written: IdempotentResponseWriter has its bytes.
      request.setProperty(STATUS, response.getStatus());
      return;
    } else {
      store.complete(claim.tenant(), claim.key(), stored(response.getStatus(), response, ""));
    }
    request.removeProperty(CLAIM);
  }

  static StoredResponse stored(int status, ContainerResponseContext response, String body) {
    return new StoredResponse(
        status,
        response.getHeaderString(HttpHeaders.CONTENT_TYPE),
        response.getHeaderString(HttpHeaders.LOCATION),
        response.getHeaderString(HttpHeaders.ETAG),
        body);
  }

  private static Response replay(StoredResponse stored) {
    Response.ResponseBuilder replay =
        Response.status(stored.status()).header(REPLAYED_HEADER, "true");
    if (stored.location() != null) {
      replay.header(HttpHeaders.LOCATION, stored.location());
    }
    if (stored.etag() != null) {
      replay.header(HttpHeaders.ETAG, stored.etag());
    }
    if (!stored.body().isEmpty()) {
      replay.entity(stored.body()).type(stored.contentType());
    }
    return replay.build();
  }

  private byte[] readBody(ContainerRequestContext request) throws IOException {
    try (InputStream in =
        new BoundedInputStream(
            request.getEntityStream(), bodyLimit.maxBytes(), bodyLimit::exceeded)) {
      return in.readAllBytes();
    }
  }

  /** This request owns the key until its answer is stored. */
  record Claim(TenantKey tenant, String key) {}
}
