package dev.portico.quota.api;

import dev.portico.platform.api.ApiPath;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.quota.QuotaService;
import dev.portico.quota.domain.QuotaUse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts every authenticated API request the rate limits admitted against its organization's
 * monthly quota, before anything is done for it; once the quota is used, a plan that blocks refuses
 * the request with 429 {@code quota_exceeded}. Reading the quota, the plans and the rate limits is
 * never counted, so a blocked organization can still see why. Every answer 429, whether a rate
 * limit or the quota refused the request, is counted in the month's refused requests, in memory.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 200)
public class QuotaFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(QuotaFilter.class.getName());
  private static final Set<String> UNCOUNTED =
      Set.of("v1/quota", "v1/plans", "v1/rate-limit", "v1/rate-limits");

  @Inject QuotaService quotas;
  @Inject CallerContext callerContext;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!quotas.enabled()) {
      return;
    }
    String path = ApiPath.of(request.getUriInfo().getPath());
    if (!ApiPath.isVersioned(path) || UNCOUNTED.contains(path)) {
      return;
    }
    Caller caller = callerContext.find().orElse(null);
    if (caller == null) {
      return;
    }
    QuotaService.Decision decision;
    try {
      decision = quotas.count(caller.organizationId());
    } catch (RuntimeException unreadable) {
      // The plan could not be read: the request goes on, uncounted, rather than failing here.
      LOG.log(Level.WARNING, "request not counted against its quota", unreadable);
      return;
    }
    if (!decision.admitted()) {
      throw refusal(decision.use());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != Response.Status.TOO_MANY_REQUESTS.getStatusCode()
        || !quotas.enabled()
        || !ApiPath.isVersioned(ApiPath.of(request.getUriInfo().getPath()))) {
      return;
    }
    callerContext.find().ifPresent(caller -> quotas.countRefused(caller.organizationId()));
  }

  private static ProblemException refusal(QuotaUse use) {
    Instant renews = use.period().end();
    long seconds = Math.max(1, Duration.between(Instant.now(), renews).toSeconds() + 1);
    return new ProblemException(
            ErrorCode.QUOTA_EXCEEDED,
            "The organization has used the "
                + use.limit()
                + " requests of plan "
                + use.plan().name()
                + " for "
                + use.period().text()
                + ". Its quota starts again at "
                + renews
                + ".")
        .withHeader(HttpHeaders.RETRY_AFTER, seconds);
  }
}
