package dev.portico.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the small archives that in-container tests deploy next to Portico. */
public final class InContainer {

  private InContainer() {}

  /** A WAR holding the given classes plus Hamcrest, which the container does not provide. */
  public static WebArchive archive(String name, Class<?>... classes) {
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addClasses(classes)
        .addPackages(true, "org.hamcrest");
  }
}
