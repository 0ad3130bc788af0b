package dev.portico.platform.problem;

import dev.portico.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place an exception on the API path becomes a response: an RFC 9457 problem, never a stack
 * trace. Unexpected exceptions are logged with the request id and answered as 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  // CDI's request, not a JAX-RS context proxy: that proxy fails on a request a servlet filter
  // wrapped (AcceptLanguageFilter), and an error then escaped as a 500.
  @Inject HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    return toProblem(thrown, request);
  }

  static Response toProblem(Throwable thrown, HttpServletRequest request) {
    ClassifiedError error = ExceptionClassifier.classify(thrown);
    Response.ResponseBuilder response =
        ProblemResponses.response(error.code(), error.detail(), error.errors(), request);
    error.headers().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
    if (error.code() == ErrorCode.INTERNAL_ERROR) {
      LOG.log(
          Level.SEVERE,
          "Unexpected error on "
              + request.getMethod()
              + " "
              + request.getRequestURI()
              + " (request "
              + RequestIds.of(request)
              + ")",
          thrown);
    }
    return response.build();
  }
}
