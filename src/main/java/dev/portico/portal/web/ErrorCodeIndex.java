package dev.portico.portal.web;

import dev.portico.portal.ErrorGuide;
import dev.portico.portal.ErrorGuides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code /docs/errors}: every error code Portico answers with. */
@Named
@ApplicationScoped
public class ErrorCodeIndex {

  public List<ErrorGuide> getGuides() {
    return ErrorGuides.all();
  }
}
