package dev.portico.platform.api;

/**
 * A JAX-RS request path relative to the application's {@code /api}, as filters compare it: no
 * leading or trailing slash, so {@code /api/v1/quota/} is {@code v1/quota}.
 */
public final class ApiPath {

  private ApiPath() {}

  /** {@code uriInfoPath} is {@code UriInfo.getPath()}, which may start with a slash. */
  public static String of(String uriInfoPath) {
    String relative = uriInfoPath.startsWith("/") ? uriInfoPath.substring(1) : uriInfoPath;
    return relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
  }

  /** Whether the path is {@code /api/v1} or under it. */
  public static boolean isVersioned(String relative) {
    return relative.equals("v1") || relative.startsWith("v1/");
  }
}
