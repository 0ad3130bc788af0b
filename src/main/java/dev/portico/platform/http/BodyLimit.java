package dev.portico.platform.http;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body the API reads ({@code portico.api.max-body-bytes}, 1 MiB by default).
 */
@ApplicationScoped
public class BodyLimit {

  @Inject
  @ConfigProperty(name = "portico.api.max-body-bytes", defaultValue = "1048576")
  long maxBytes;

  public long maxBytes() {
    return maxBytes;
  }

  public ProblemException exceeded() {
    return new ProblemException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The request body is larger than the limit of " + maxBytes + " bytes.");
  }
}
