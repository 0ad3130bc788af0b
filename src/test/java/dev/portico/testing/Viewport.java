package dev.portico.testing;

/** A browser window's inner size: a desktop screen, or a narrow phone the portal must also fit. */
public record Viewport(int width, int height) {

  public static final Viewport DESKTOP = new Viewport(1280, 900);
  public static final Viewport PHONE = new Viewport(390, 844);

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
