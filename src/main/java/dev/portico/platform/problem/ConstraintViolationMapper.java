package dev.portico.platform.problem;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Claims validation failures before the runtime's own validation mapper (nearer to the exception
 * type than {@link ProblemMapper}) can answer with a body that is not a problem.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  // CDI's request, not a JAX-RS context proxy: that proxy fails on a request a servlet filter
  // wrapped (AcceptLanguageFilter), and an error then escaped as a 500.
  @Inject HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return ProblemMapper.toProblem(exception, request);
  }
}
