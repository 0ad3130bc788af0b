package dev.portico.platform.deprecation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/** Attaches the deprecation headers to every operation annotated {@link DeprecatedOperation}. */
@Provider
public class DeprecationFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    DeprecatedOperation operation =
        resource.getResourceMethod().getAnnotation(DeprecatedOperation.class);
    if (operation != null) {
      context.register(new HeadersFilter(DeprecationHeaders.of(operation)));
    }
  }

  private record HeadersFilter(DeprecationHeaders headers) implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      MultivaluedMap<String, Object> out = response.getHeaders();
      out.putSingle("Deprecation", headers.deprecation());
      out.putSingle("Sunset", headers.sunset());
      out.add("Link", headers.deprecationLink());
      out.add("Link", headers.successorLink());
    }
  }
}
