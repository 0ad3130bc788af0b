package dev.portico.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address clients reach this server at, as printed in examples ({@code portico.public-url}):
 * the server's own HTTP port on localhost unless set.
 */
@ApplicationScoped
public class PublicUrl {

  @Inject
  @ConfigProperty(name = "portico.public-url")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "PORTICO_HTTP_PORT", defaultValue = "9080")
  String httpPort;

  /** Without a trailing slash. */
  public String value() {
    return configured.orElse("http://localhost:" + httpPort).replaceAll("/+$", "");
  }

  /** {@code address}'s path and query under this public URL, whatever its own origin says. */
  public URI of(URI address) {
    String query = address.getRawQuery() == null ? "" : "?" + address.getRawQuery();
    return URI.create(value() + address.getRawPath() + query);
  }
}
