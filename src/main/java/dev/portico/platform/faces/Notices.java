package dev.portico.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a console action has to tell after its redirect (post-redirect-get), kept until the next
 * page takes it. The Faces flash would do this but sets a cookie on every public page, so it is off
 * (see web.xml). A secret shown once (a new API key, an invitation link) travels the same way and
 * is gone from the session once shown.
 */
@SessionScoped
public class Notices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<String> messages = new ArrayList<>();
  private Reveal reveal;

  public synchronized void add(String message) {
    messages.add(message);
  }

  public synchronized void reveal(Reveal secret) {
    reveal = secret;
  }

  synchronized Taken take() {
    Taken taken = new Taken(List.copyOf(messages), reveal);
    messages.clear();
    reveal = null;
    return taken;
  }

  /** A secret to show once: what it is, the value, and a line of advice. */
  public record Reveal(String label, String value, String advice) implements Serializable {}

  record Taken(List<String> messages, Reveal reveal) {}
}
