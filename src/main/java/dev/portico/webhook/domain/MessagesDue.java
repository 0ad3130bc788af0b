package dev.portico.webhook.domain;

import java.util.List;

/**
 * Fired when messages become due now (new, resent or recovered): once the transaction that made
 * them due commits, they are put on the delivery queue.
 */
public record MessagesDue(List<String> messageIds) {}
