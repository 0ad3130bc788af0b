package dev.portico.webhook.api;

import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import dev.portico.webhook.domain.WebhookAttempt;
import java.util.Set;

/** How a message's attempts are listed: oldest first, so the log reads in order. */
public final class WebhookAttemptListing {

  public static final ListSpec<WebhookAttempt> SPEC =
      ListSpec.of(
          "webhook_attempts",
          WebhookAttemptResponse.class,
          WebhookAttempt::id,
          Set.copyOf(ListSpec.CREATED_FILTERS),
          false,
          SortKey.instant("attempted_at", "attemptedAt", WebhookAttempt::attemptedAt));

  private WebhookAttemptListing() {}
}
