package dev.portico.portal.web;

import dev.portico.portal.ErrorGuide;
import dev.portico.portal.ErrorGuides;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** {@code /docs/errors/<code>}: the guide of the code {@link ErrorPageRouter} found in the path. */
@Named
@RequestScoped
public class ErrorCodePage {

  static final String CODE_ATTRIBUTE = ErrorCodePage.class.getName() + ".code";

  private ErrorGuide guide;

  /** The view's action: a request that did not come through the router has no code, so 404. */
  public void load() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object code = external.getRequestMap().get(CODE_ATTRIBUTE);
    guide = code == null ? null : ErrorGuides.find(code.toString()).orElse(null);
    if (guide == null) {
      external.responseSendError(404, "No such error code");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public ErrorGuide getGuide() {
    return guide;
  }

  /** The problem a client would receive, as an example on the page. */
  public String getExample() {
    return """
        {
          "type": "%s",
          "title": "%s",
          "status": %d,
          "detail": "%s",
          "instance": "/api/v1/…",
          "code": "%s",
          "request_id": "req_0GZlGz3ZzMXlqC1aYw8N1w"
        }"""
        .formatted(
            guide.getType(),
            guide.getTitle(),
            guide.getStatus(),
            guide.getMeaning().replace("\"", "\\\""),
            guide.getName());
  }
}
