package dev.portico.platform.problem;

import dev.portico.platform.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Turns an error into the problem response every part of the API answers with. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Problem problem(
      ErrorCode code, String detail, List<FieldError> errors, HttpServletRequest request) {
    return Problem.of(
        code, detail, request.getRequestURI(), RequestIds.of(request).value(), errors);
  }

  public static Response.ResponseBuilder response(
      ErrorCode code, String detail, List<FieldError> errors, HttpServletRequest request) {
    return Response.status(code.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem(code, detail, errors, request));
  }
}
