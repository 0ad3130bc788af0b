package dev.portico.portal.web;

import dev.portico.platform.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the public pages show of this server: the address its examples call. */
@Named
@ApplicationScoped
public class SitePage {

  @Inject PublicUrl publicUrl;

  public String getApiBase() {
    return publicUrl.value();
  }
}
