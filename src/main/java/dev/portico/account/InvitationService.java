package dev.portico.account;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.Invitation;
import dev.portico.account.domain.InvitationRepository;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.audit.AuditLog;
import dev.portico.audit.domain.AuditTarget;
import dev.portico.audit.domain.FieldChange;
import dev.portico.platform.id.Base62;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invitations: an owner or admin invites an e-mail address with a role and passes on the link shown
 * once; whoever opens it sets a password and joins. Tokens are kept only as SHA-256 hashes.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

  private static final int TOKEN_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CallerContext callerContext;
  @Inject AccountRepository accounts;
  @Inject InvitationRepository invitations;
  @Inject MemberService members;
  @Inject PasswordHasher passwords;
  @Inject PortalAccountConfig config;
  @Inject AuditLog audit;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public IssuedInvitation invite(String email, UserRole role) {
    User inviter = members.requireManager();
    List<FieldError> errors = new ArrayList<>();
    AccountInputs.email("email", email, errors);
    if (role == null) {
      errors.add(new FieldError("role", "Choose a role."));
    }
    if (!errors.isEmpty()) {
      throw new AccountInputException(errors);
    }
    if (role == UserRole.OWNER && inviter.role() != UserRole.OWNER) {
      throw AccountInputException.of("role", "Only an owner can invite an owner.");
    }
    if (accounts.findUserByEmail(AccountInputs.normalized(email)).isPresent()) {
      throw AccountInputException.of("email", "This e-mail address already has a Portico account.");
    }
    byte[] random = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(random);
    String token = Base62.encode(random, Base62.widthFor(TOKEN_BYTES));
    Invitation invitation =
        Invitation.issue(
            inviter.organizationId(),
            email,
            role,
            ApiKeyToken.hashOf(token),
            inviter.id(),
            config.invitationValidity(),
            clock);
    invitations.add(invitation);
    audit.record(
        "member.invited",
        new AuditTarget("invitation", invitation.id()),
        List.of(
            new FieldChange("email", null, Json.createValue(invitation.email())),
            new FieldChange("role", null, Json.createValue(role.text()))));
    return new IssuedInvitation(invitation, token);
  }

  /** The organization's invitations still waiting to be accepted, newest first. */
  public List<Invitation> open() {
    String organization = callerContext.current().organizationId();
    return invitations.recent(organization, 100).stream()
        .filter(i -> i.isOpen(clock.instant()))
        .toList();
  }

  public void revoke(String invitationId) {
    User manager = members.requireManager();
    invitations
        .find(manager.organizationId(), invitationId)
        .ifPresent(
            invitation -> {
              invitation.revoke(clock);
              audit.record(
                  "member.invitation_revoked",
                  new AuditTarget("invitation", invitation.id()),
                  List.of(new FieldChange("status", Json.createValue("open"), null)));
            });
  }

  /** The open invitation a link carries, if it is still open. */
  public Optional<Invitation> findOpen(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return invitations
        .findByTokenHash(ApiKeyToken.hashOf(token))
        .filter(i -> i.isOpen(clock.instant()));
  }

  /** Creates the invited user; the link works once. */
  public User accept(String token, String name, char[] password) {
    Invitation invitation =
        findOpen(token)
            .orElseThrow(
                () ->
                    AccountInputException.of(
                        "token", "This invitation link has expired or was already used."));
    List<FieldError> errors = new ArrayList<>();
    AccountInputs.name("name", "your name", name, false, errors);
    AccountInputs.password("password", password, invitation.email(), errors);
    if (!errors.isEmpty()) {
      throw new AccountInputException(errors);
    }
    if (accounts.findUserByEmail(invitation.email()).isPresent()) {
      throw AccountInputException.of("token", "This e-mail address already has an account.");
    }
    invitation.accept(clock);
    User user =
        User.create(
            invitation.organizationId(),
            invitation.email(),
            name,
            invitation.role(),
            passwords.hash(password),
            clock);
    accounts.add(user);
    return user;
  }

  /** An invitation just made, with the token of its link (never stored). */
  public record IssuedInvitation(Invitation invitation, String token) {}
}
