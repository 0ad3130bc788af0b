package dev.portico.webhook.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Fired when messages become due now (new, resent or recovered): once the transaction that made
 * them due commits, they are put on the delivery queue.
 */
public record MessagesDue(List<DueMessage> messages) {

  /** A message and its endpoint, which the queue carries so a busy endpoint costs no claim. */
  public record DueMessage(String messageId, String endpointId) implements Serializable {}

  public static MessagesDue of(String messageId, String endpointId) {
    return new MessagesDue(List.of(new DueMessage(messageId, endpointId)));
  }
}
