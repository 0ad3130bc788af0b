package dev.portico.platform.security;

import java.util.Objects;

/**
 * Who did something: an API key, a portal user, an OAuth client, Portico itself, or the operator.
 */
public record Actor(Type type, String id) {

  /** The kinds of actor the audit log distinguishes. */
  public enum Type {
    API_KEY,
    USER,
    OAUTH_CLIENT,
    SYSTEM,
    /** The business that runs Portico, as a partner's audit log shows it: by role, not by name. */
    OPERATOR;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static final Actor SYSTEM = new Actor(Type.SYSTEM, "portico");

  public static final Actor OPERATOR = new Actor(Type.OPERATOR, "operator");

  public Actor {
    Objects.requireNonNull(type, "actor type is required");
    Objects.requireNonNull(id, "actor id is required");
  }
}
