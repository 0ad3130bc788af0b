package dev.portico.platform.errorpage;

import dev.portico.platform.id.RequestId;
import dev.portico.platform.json.PorticoJsonb;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.Problem;
import dev.portico.platform.web.RequestIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The error page for everything the servlet container answers itself (an unknown path outside the
 * API, a wrong method on a static file, an error escaping a filter): a problem, never HTML.
 */
public class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    ErrorCode code = status instanceof Integer s ? ErrorCode.forStatus(s) : ErrorCode.NOT_FOUND;
    String requestId = RequestIds.of(request).value();
    Problem problem =
        Problem.of(
            code,
            code.defaultDetail(),
            uri == null ? request.getRequestURI() : uri.toString(),
            requestId,
            List.of());
    response.setStatus(code.status());
    response.setHeader(RequestId.HEADER, requestId);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    if (!"HEAD".equals(request.getMethod())) {
      PorticoJsonb.get().toJson(problem, response.getWriter());
    }
  }
}
