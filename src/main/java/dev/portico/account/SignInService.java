package dev.portico.account;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.User;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a portal sign-in: refuses a locked address without looking at the password, counts each
 * failure, and spends the same hashing work whether or not the address has an account, so neither
 * the answer nor its timing tells which addresses exist.
 */
@ApplicationScoped
public class SignInService {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject LoginThrottleWriter throttles;

  private final Clock clock = PorticoClock.UTC_MILLIS;
  private String unknownUserHash;

  public SignInResult check(String email, char[] password) {
    String address;
    try {
      address = User.normalizeEmail(email);
    } catch (IllegalArgumentException notAnAddress) {
      return SignInResult.invalid();
    }
    Optional<Instant> locked = lockedUntil(address);
    if (locked.isPresent()) {
      return SignInResult.locked(locked.get());
    }
    Optional<User> user = accounts.findUserByEmail(address);
    boolean matches = passwords.verify(password, user.map(User::passwordHash).orElse(dummyHash()));
    if (user.isPresent() && matches) {
      throttles.succeeded(address, clock.instant());
      return SignInResult.signedIn(user.get());
    }
    recordFailure(address);
    return lockedUntil(address).map(SignInResult::locked).orElse(SignInResult.invalid());
  }

  public Optional<Instant> lockedUntil(String normalizedEmail) {
    Instant now = clock.instant();
    return throttles.read(normalizedEmail).flatMap(t -> t.lockedAt(now));
  }

  private void recordFailure(String address) {
    try {
      throttles.failed(address, clock.instant());
    } catch (RuntimeException insertRaced) {
      // Two first failures for one address inserted its row at once; now it exists.
      throttles.failed(address, clock.instant());
    }
  }

  private String dummyHash() {
    if (unknownUserHash == null) {
      unknownUserHash = passwords.hash("no account has this password".toCharArray());
    }
    return unknownUserHash;
  }

  /** How a sign-in ended. */
  public record SignInResult(Outcome outcome, User user, Instant lockedUntil) {

    /** The three endings a sign-in form distinguishes. */
    public enum Outcome {
      SIGNED_IN,
      INVALID,
      LOCKED
    }

    static SignInResult signedIn(User user) {
      return new SignInResult(Outcome.SIGNED_IN, user, null);
    }

    static SignInResult invalid() {
      return new SignInResult(Outcome.INVALID, null, null);
    }

    static SignInResult locked(Instant until) {
      return new SignInResult(Outcome.LOCKED, null, until);
    }
  }
}
