package dev.portico.account;

import dev.portico.account.domain.AccountRepository;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.apikey.ApiKeyService;
import dev.portico.audit.AuditLog;
import dev.portico.audit.domain.AuditTarget;
import dev.portico.audit.domain.FieldChange;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The members of the caller's organization: who they are, their roles, and removing them. Owners
 * and admins manage members; only an owner makes or unmakes owners; there is always an owner left.
 */
@ApplicationScoped
@Transactional
public class MemberService {

  @Inject CallerContext callerContext;
  @Inject AccountRepository accounts;
  @Inject AuditLog audit;
  @Inject ApiKeyService apiKeys;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public List<User> members() {
    return accounts.members(callerContext.current().organizationId());
  }

  /** The signed-in user, read afresh: a role changed or a member removed applies at once. */
  public User me() {
    return member(callerContext.current().actor().id());
  }

  public User changeRole(String userId, UserRole newRole) {
    User actor = requireManager();
    User member = member(userId);
    UserRole before = member.role();
    if (before == newRole) {
      return member;
    }
    if ((before == UserRole.OWNER || newRole == UserRole.OWNER) && actor.role() != UserRole.OWNER) {
      throw new MemberRuleException("Only an owner can make or unmake owners.");
    }
    if (before == UserRole.OWNER) {
      requireAnotherOwner(member);
    }
    member.changeRole(newRole, clock);
    audit.record(
        "member.role_changed",
        target(member),
        List.of(
            new FieldChange(
                "role", Json.createValue(before.text()), Json.createValue(newRole.text()))));
    return member;
  }

  public void remove(String userId) {
    User actor = requireManager();
    User member = member(userId);
    if (member.role() == UserRole.OWNER && actor.role() != UserRole.OWNER) {
      throw new MemberRuleException("Only an owner can remove an owner.");
    }
    if (member.role() == UserRole.OWNER) {
      requireAnotherOwner(member);
    }
    audit.record(
        "member.removed",
        target(member),
        List.of(new FieldChange("role", Json.createValue(member.role().text()), JsonValue.NULL)));
    apiKeys.forgetOwner(member.organizationId(), member.id());
    accounts.remove(member);
  }

  User requireManager() {
    User actor = me();
    if (!actor.role().managesMembers()) {
      throw new MemberRuleException("Only owners and admins manage members.");
    }
    return actor;
  }

  private User member(String userId) {
    String organization = callerContext.current().organizationId();
    return accounts
        .findUser(userId)
        .filter(u -> u.organizationId().equals(organization))
        .orElseThrow(() -> new MemberRuleException("There is no such member."));
  }

  private void requireAnotherOwner(User owner) {
    if (accounts.countOwners(owner.organizationId()) <= 1) {
      throw new MemberRuleException("An organization always keeps at least one owner.");
    }
  }

  private static AuditTarget target(User user) {
    return new AuditTarget("user", user.id());
  }
}
