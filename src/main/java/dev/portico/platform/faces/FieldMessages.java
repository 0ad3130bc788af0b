package dev.portico.platform.faces;

import dev.portico.platform.problem.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** Puts field errors beside their fields: a field named {@code x} is the input {@code form:x}. */
public final class FieldMessages {

  private FieldMessages() {}

  public static void show(List<FieldError> errors, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError error : errors) {
      String clientId = formId + ":" + inputName(error.field());
      UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
      faces.addMessage(
          input == null ? null : clientId,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
    }
    faces.validationFailed();
  }

  /** {@code allowed_ips[2]} is shown beside {@code allowed_ips}. */
  private static String inputName(String field) {
    int bracket = field.indexOf('[');
    return bracket < 0 ? field : field.substring(0, bracket);
  }
}
