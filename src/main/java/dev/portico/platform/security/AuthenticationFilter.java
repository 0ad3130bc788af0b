package dev.portico.platform.security;

import dev.portico.platform.ratelimit.RateLimitCeilings;
import dev.portico.platform.web.RequestIds;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Authenticates API requests: finds the authenticator that recognizes the presented credential and
 * records the resulting {@link Caller} with its rate-limit budget. A {@link PublicEndpoint} answers
 * without a credential, but one that is presented is still checked, so a wrong key is reported on
 * any call (as GitHub and Stripe do) rather than silently ignored. Whatever the credential says,
 * its budget is held to the ceiling of its organization's plan.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;
  @Inject CallerContext callerContext;
  @Inject RateLimitCeilings ceilings;

  private List<CredentialAuthenticator> authenticators;

  @Inject
  void authenticators(Instance<CredentialAuthenticator> available) {
    authenticators = available.stream().toList();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    var presented = PresentedCredential.of(request);
    if (presented.isEmpty() && isPublic()) {
      return;
    }
    String token = presented.orElseThrow(AuthenticationChallenges::missing);
    String ip = servletRequest.getRemoteAddr();
    Authentication authentication = authenticatorFor(token).authenticate(token, ip);
    callerContext.set(
        authentication.within(ceilings.of(authentication.caller().organizationId())),
        new RequestOrigin(ip, RequestIds.of(servletRequest).value()));
  }

  private CredentialAuthenticator authenticatorFor(String token) {
    for (CredentialAuthenticator authenticator : authenticators) {
      if (authenticator.recognizes(token)) {
        return authenticator;
      }
    }
    throw AuthenticationChallenges.invalid();
  }

  private boolean isPublic() {
    return resource.getResourceMethod() == null
        || resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
        || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
  }
}
