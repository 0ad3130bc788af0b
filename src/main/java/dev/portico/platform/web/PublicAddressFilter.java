package dev.portico.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;

/**
 * Puts every absolute address the API answers with ({@code Location}, {@code Link}) under the
 * configured {@link PublicUrl}. JAX-RS builds absolute URIs from the request's own Host and
 * forwarded headers, which any client can set ({@code Host: evil.example}); only the path and query
 * of such a URI are kept.
 */
@Provider
public class PublicAddressFilter implements ContainerResponseFilter {

  @Inject PublicUrl publicUrl;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    if (location != null) {
      response
          .getHeaders()
          .putSingle(HttpHeaders.LOCATION, publicUrl.of(URI.create(location.toString())));
    }
    List<Object> links = response.getHeaders().get(HttpHeaders.LINK);
    if (links != null) {
      links.replaceAll(this::underPublicUrl);
    }
  }

  private Object underPublicUrl(Object header) {
    Link link = header instanceof Link typed ? typed : Link.valueOf(header.toString());
    if (!link.getUri().isAbsolute()) {
      return header;
    }
    return Link.fromLink(link).uri(publicUrl.of(link.getUri())).build();
  }
}
