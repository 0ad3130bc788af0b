package dev.portico.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The actions of the console layout: the live/test switch and signing out. */
@Named
@RequestScoped
public class ConsoleActions {

  @Inject ConsoleMode mode;
  @Inject Notices notices;

  public void switchMode() {
    mode.setLive(!mode.isLive());
    notices.add(mode.isLive() ? "Viewing live data." : "Viewing test data.");
    ConsolePages.redirect(ConsolePages.currentPath());
  }

  public void signOut() throws ServletException {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    ConsoleSessions.end(request);
    ConsolePages.redirect("/portal/login?signed-out");
  }
}
