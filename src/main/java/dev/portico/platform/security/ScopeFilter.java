package dev.portico.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a caller that lacks the operation's {@link RequiresScope} with 403 insufficient_scope.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class ScopeFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject CallerContext callerContext;

  @Override
  public void filter(ContainerRequestContext request) {
    RequiresScope required = requiredScope();
    if (required != null && !callerContext.current().has(required.value())) {
      throw AuthenticationChallenges.insufficientScope(required.value());
    }
  }

  private RequiresScope requiredScope() {
    if (resource.getResourceMethod() == null) {
      return null;
    }
    RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
    return onMethod != null
        ? onMethod
        : resource.getResourceClass().getAnnotation(RequiresScope.class);
  }
}
