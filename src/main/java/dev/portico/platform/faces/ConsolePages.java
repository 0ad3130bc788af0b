package dev.portico.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects of the console: every successful POST ends in one (post-redirect-get). */
public final class ConsolePages {

  private ConsolePages() {}

  /** Redirects to {@code path} (below the context root) and ends the Faces request. */
  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the page being shown, without its .xhtml extension, to come back to it. */
  public static String currentPath() {
    return pathOf(FacesContext.getCurrentInstance().getViewRoot().getViewId());
  }

  /** A view's address as readers see it: {@code /portal/keys.xhtml} is {@code /portal/keys}. */
  static String pathOf(String view) {
    String path = view.endsWith(".xhtml") ? view.substring(0, view.length() - 6) : view;
    return path.endsWith("/index") ? path.substring(0, path.length() - 5) : path;
  }
}
