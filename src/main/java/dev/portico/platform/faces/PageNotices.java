package dev.portico.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The notices and the once-shown secret of the page being rendered. */
@Named("notices")
@RequestScoped
public class PageNotices {

  @Inject Notices notices;

  private Notices.Taken taken;

  public List<String> getMessages() {
    return taken().messages();
  }

  public boolean isRevealing() {
    return taken().reveal() != null;
  }

  public String getRevealLabel() {
    return taken().reveal().label();
  }

  public String getRevealValue() {
    return taken().reveal().value();
  }

  public String getRevealAdvice() {
    return taken().reveal().advice();
  }

  private Notices.Taken taken() {
    if (taken == null) {
      taken = notices.take();
    }
    return taken;
  }
}
