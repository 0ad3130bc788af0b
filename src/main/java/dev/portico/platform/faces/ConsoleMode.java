package dev.portico.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Which mode the console shows and changes: test (the default, as on Stripe) or live. Kept per
 * signed-in session and switched from every console page.
 */
@Named
@SessionScoped
public class ConsoleMode implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean live;

  public boolean isLive() {
    return live;
  }

  public String getName() {
    return live ? "live" : "test";
  }

  public void setLive(boolean live) {
    this.live = live;
  }
}
