package dev.portico.account.web;

import dev.portico.account.AccountInputException;
import dev.portico.account.InvitationService;
import dev.portico.account.InvitationService.IssuedInvitation;
import dev.portico.account.MemberRuleException;
import dev.portico.account.MemberService;
import dev.portico.account.domain.User;
import dev.portico.account.domain.UserRole;
import dev.portico.platform.faces.ConsolePages;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.platform.faces.FieldMessages;
import dev.portico.platform.faces.Notices;
import dev.portico.platform.web.PublicUrl;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members page, for owners and admins: who is in the organization, their roles, invitations.
 * Every rule (who may change whom, the last owner) is {@link MemberService}'s and {@link
 * InvitationService}'s; this page only shows what they refuse.
 */
@Named
@ViewScoped
public class MembersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MemberService members;
  @Inject InvitationService invitations;
  @Inject Notices notices;
  @Inject PublicUrl publicUrl;

  private boolean allowed;
  private String myId;
  private List<MemberRow> rows = List.of();
  private List<InvitationRow> openInvitations = List.of();
  private String inviteEmail;
  private String inviteRole = UserRole.DEVELOPER.text();
  private final Map<String, String> roles = new HashMap<>();

  @PostConstruct
  void load() {
    User me = members.me();
    myId = me.id();
    allowed = me.role().managesMembers();
    if (allowed) {
      rows = members.members().stream().map(u -> new MemberRow(u, myId)).toList();
      rows.forEach(row -> roles.put(row.getId(), row.getRole()));
      openInvitations = invitations.open().stream().map(InvitationRow::new).toList();
    }
  }

  public void invite() {
    try {
      IssuedInvitation issued =
          invitations.invite(inviteEmail, UserRole.parse(inviteRole).orElse(null));
      notices.reveal(
          new Notices.Reveal(
              "Invitation link for " + issued.invitation().email(),
              publicUrl.value() + "/portal/invitation?token=" + issued.token(),
              "Send this link to "
                  + issued.invitation().email()
                  + " yourself; it is shown once and works once, until "
                  + ConsoleTimes.format(issued.invitation().expiresAt(), "")
                  + "."));
      ConsolePages.redirect("/portal/members");
    } catch (AccountInputException invalid) {
      FieldMessages.show(invalid.errors(), "invite");
    } catch (MemberRuleException refused) {
      refuse(refused);
    }
  }

  public void changeRole(String userId) {
    try {
      UserRole role =
          UserRole.parse(roles.get(userId))
              .orElseThrow(() -> new MemberRuleException("Choose a role."));
      User changed = members.changeRole(userId, role);
      notices.add(changed.email() + " is now " + changed.role().text() + ".");
      ConsolePages.redirect("/portal/members");
    } catch (MemberRuleException refused) {
      refuse(refused);
    }
  }

  public void remove(String userId) {
    try {
      members.remove(userId);
      notices.add("The member was removed; their next request signs them out.");
      ConsolePages.redirect("/portal/members");
    } catch (MemberRuleException refused) {
      refuse(refused);
    }
  }

  public void revokeInvitation(String invitationId) {
    try {
      invitations.revoke(invitationId);
      notices.add("The invitation was revoked; its link no longer works.");
      ConsolePages.redirect("/portal/members");
    } catch (MemberRuleException refused) {
      refuse(refused);
    }
  }

  private static void refuse(MemberRuleException refused) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
  }

  public boolean isAllowed() {
    return allowed;
  }

  public List<MemberRow> getRows() {
    return rows;
  }

  public List<InvitationRow> getOpenInvitations() {
    return openInvitations;
  }

  public List<String> getRoleChoices() {
    return Arrays.stream(UserRole.values()).map(UserRole::text).toList();
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getInviteRole() {
    return inviteRole;
  }

  public void setInviteRole(String inviteRole) {
    this.inviteRole = inviteRole;
  }

  /** Each member's role as chosen in its row's menu, by user id. */
  public Map<String, String> getRoles() {
    return roles;
  }
}
