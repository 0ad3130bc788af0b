package dev.portico.payment.api;

import dev.portico.payment.domain.Payment;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How payments are listed: {@code invoice}, {@code status} and the creation-time filters, newest
 * first, with {@code fields}.
 */
public final class PaymentListing {

  public static final ListSpec<Payment> SPEC = spec();

  private PaymentListing() {}

  private static ListSpec<Payment> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.addAll(Set.of("invoice", "status"));
    return ListSpec.of(
        "payments",
        PaymentResponse.class,
        Payment::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", Payment::createdAt));
  }
}
