package dev.portico.platform.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form whose view state is unknown (expired with its session, or forged by another site) changes
 * nothing: the page is shown again, fresh, with a notice, rather than an error. This is the
 * console's defence against cross-site request forgery, made polite.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  static final String NOTICE =
      "That form had expired, so nothing was changed. Please check the page and try again.";

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (thrown instanceof ViewExpiredException || thrown instanceof ProtectedViewException) {
        events.remove();
        CDI.current().select(Notices.class).get().add(NOTICE);
        FacesContext faces = FacesContext.getCurrentInstance();
        // The view state is gone, so the view's id is too: the path requested names the page.
        ConsolePages.redirect(
            ConsolePages.pathOf(faces.getExternalContext().getRequestServletPath()));
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }
}
