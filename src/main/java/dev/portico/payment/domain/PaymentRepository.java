package dev.portico.payment.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.List;
import java.util.Optional;

/** Payments of the caller's organization and mode. */
public interface PaymentRepository {

  void add(Payment payment);

  Optional<Payment> find(String id);

  List<Payment> list(ListQuery<Payment> query);

  void flush();
}
