package dev.portico.webhook.infra;

import java.util.Objects;

/**
 * Whether a webhook URL was accepted and, when not, why, in words for the partner who gave it.
 *
 * @param accepted whether the URL may be used
 * @param reason why it may not, to follow the field's name ("must use https in live mode"), or null
 *     when accepted
 */
public record UrlVerdict(boolean accepted, String reason) {

  private static final UrlVerdict ACCEPTED = new UrlVerdict(true, null);

  public UrlVerdict {
    if (accepted != (reason == null)) {
      throw new IllegalArgumentException("a refusal, and only a refusal, has a reason");
    }
  }

  public static UrlVerdict accept() {
    return ACCEPTED;
  }

  public static UrlVerdict refuse(String reason) {
    return new UrlVerdict(false, Objects.requireNonNull(reason, "reason is required"));
  }
}
