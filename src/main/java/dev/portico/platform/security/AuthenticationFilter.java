package dev.portico.platform.security;

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
 * Authenticates every API request that is not a {@link PublicEndpoint}: finds the authenticator
 * that recognizes the presented credential and records the resulting {@link Caller}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;
  @Inject CallerContext callerContext;

  private List<CredentialAuthenticator> authenticators;

  @Inject
  void authenticators(Instance<CredentialAuthenticator> available) {
    authenticators = available.stream().toList();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    String token = PresentedCredential.of(request).orElseThrow(AuthenticationChallenges::missing);
    CredentialAuthenticator authenticator =
        authenticators.stream()
            .filter(a -> a.recognizes(token))
            .findFirst()
            .orElseThrow(AuthenticationChallenges::invalid);
    String ip = servletRequest.getRemoteAddr();
    callerContext.set(
        authenticator.authenticate(token, ip),
        new RequestOrigin(ip, RequestIds.of(servletRequest).value()));
  }

  private boolean isPublic() {
    return resource.getResourceMethod() == null
        || resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
        || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
  }
}
