package dev.portico.account;

import dev.portico.account.domain.LoginThrottle;
import dev.portico.account.domain.LoginThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes sign-in outcomes, each in a transaction of its own so a failure is never rolled back. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottleWriter {

  @Inject LoginThrottleRepository throttles;
  @Inject PortalAccountConfig config;

  public void failed(String email, Instant now) {
    throttles.lockOrCreate(email, now).recordFailure(now, config.lockoutPolicy());
  }

  public void succeeded(String email, Instant now) {
    throttles.find(email).filter(t -> t.failures() > 0).ifPresent(t -> t.clear(now));
  }

  public java.util.Optional<LoginThrottle> read(String email) {
    return throttles.find(email);
  }
}
