package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Members, invitations and roles in the console, over HTTP against the packaged server. */
class MembersIT {

  private static String invite(ConsoleClient manager, String email, String role) {
    return manager.invite(email, role);
  }

  private static ConsoleClient join(String invitationPath) {
    return ConsoleClient.joinedBy(invitationPath);
  }

  private static ConsoleClient ownerOf(String organization) {
    return ConsoleClient.signedUpOwner(
        organization, TestAccounts.email("owner"), TestAccounts.PASSWORD);
  }

  @Test
  void whenAnInvitationIsAcceptedThenTheMemberJoinsWithItsRoleAndTheLinkStopsWorking() {
    ConsoleClient owner = ownerOf("Inviting");
    String email = TestAccounts.email("dev");
    String link = invite(owner, email, "developer");
    assertThat(owner.text(), containsString("Open invitations"));

    ConsoleClient member = join(link);

    assertThat(member.path(), startsWith("/portal/"));
    assertThat(member.text(), containsString("Inviting"));
    assertThat(member.text(), containsString("as developer"));
    assertThat(
        new ConsoleClient().get(link).text(), containsString("This invitation link does not work"));
    assertThat(owner.get("/portal/members").text(), containsString(email));
  }

  @Test
  void whenAnInvitationIsRevokedThenItsLinkNoLongerWorks() {
    ConsoleClient owner = ownerOf("Revoking");
    String link = invite(owner, TestAccounts.email("gone"), "viewer");

    owner.submit("revoke-invitation", Map.of(), "revoke");

    assertThat(owner.notices(), hasItem(startsWith("The invitation was revoked")));
    assertThat(
        new ConsoleClient().get(link).text(), containsString("This invitation link does not work"));
  }

  @Test
  void whenTheInvitedPasswordIsTooShortThenTheFormSaysSoAndTheLinkStillWorks() {
    ConsoleClient owner = ownerOf("Short");
    String link = invite(owner, TestAccounts.email("short"), "viewer");

    ConsoleClient joining = new ConsoleClient().get(link);
    joining.submit("accept", Map.of("name", "", "password", "short"), "join");

    assertThat(joining.fieldErrors(), hasItem("Use at least 12 characters."));
    assertThat(join(link).path(), startsWith("/portal/"));
  }

  @Test
  void whenAViewerUsesTheConsoleThenItReadsButCannotChangeKeysOrMembers() {
    ConsoleClient owner = ownerOf("Viewing");
    ConsoleClient viewer = join(invite(owner, TestAccounts.email("viewer"), "viewer"));

    viewer.get("/portal/api-keys");
    assertThat(viewer.status(), is(200));
    assertThat(viewer.hasForm("create"), is(false));
    assertThat(
        viewer.text(),
        containsString("Your role (viewer) can view keys but not create or change them."));

    viewer.get("/portal/members");
    assertThat(viewer.text(), containsString("Only owners and admins manage members."));
    assertThat(viewer.hasForm("invite"), is(false));
    assertThat(viewer.text(), not(containsString("Members</a>")));
  }

  @Test
  void whenARoleIsChangedThenItAppliesOnTheMembersNextRequest() {
    ConsoleClient owner = ownerOf("Promoting");
    String email = TestAccounts.email("promoted");
    ConsoleClient member = join(invite(owner, email, "viewer"));
    assertThat(member.get("/portal/api-keys").hasForm("create"), is(false));

    owner.get("/portal/members");
    owner.submit("role", Map.of("new-role", "developer"), "change-role", 1);

    assertThat(owner.notices(), hasItem(email + " is now developer."));
    assertThat(member.get("/portal/api-keys").hasForm("create"), is(true));
  }

  @Test
  void whenAMemberIsRemovedThenTheirNextRequestSignsThemOut() {
    ConsoleClient owner = ownerOf("Removing");
    ConsoleClient member = join(invite(owner, TestAccounts.email("removed"), "developer"));

    owner.get("/portal/members");
    owner.submit("remove", Map.of(), "remove");

    assertThat(owner.notices(), hasItem(startsWith("The member was removed")));
    assertThat(member.get("/portal/api-keys").path(), startsWith("/portal/login"));
  }

  @Test
  void whenAMemberWhoMadeKeysAndInvitationsIsRemovedThenTheirKeysKeepWorking() {
    ConsoleClient owner = ownerOf("Leaving keys");
    ConsoleClient admin = join(invite(owner, TestAccounts.email("admin"), "admin"));
    admin.get("/portal/api-keys");
    admin.submit(
        "create",
        Map.of("name", "Admin's key", "scopes", "api_keys:read", "rate_limit_tier", "standard"),
        "create-key");
    String secret = admin.revealedSecret().orElseThrow();
    invite(admin, TestAccounts.email("invited-by-admin"), "viewer");

    owner.get("/portal/members");
    owner.submit("remove", Map.of(), "remove");

    assertThat(owner.notices(), hasItem(startsWith("The member was removed")));
    assertThat(
        Api.get("/api/v1/api-keys", "Authorization", "Bearer " + secret).statusCode(), is(200));
    assertThat(owner.get("/portal/members").text(), containsString("invited-by-admin"));
  }

  @Test
  void whenTheLastOwnerWouldBeDemotedThenTheConsoleRefuses() {
    ConsoleClient owner = ownerOf("Last owner");
    owner.get("/portal/members");

    owner.submit("role", Map.of("new-role", "admin"), "change-role");

    assertThat(owner.formErrors(), hasItem("An organization always keeps at least one owner."));
    assertThat(owner.get("/portal/").text(), containsString("as owner"));
  }

  @Test
  void whenAnAdminTriesToMakeAnOwnerThenTheConsoleRefuses() {
    ConsoleClient owner = ownerOf("Admins");
    ConsoleClient admin = join(invite(owner, TestAccounts.email("admin"), "admin"));
    admin.get("/portal/members");

    admin.submit(
        "invite", Map.of("email", TestAccounts.email("new-owner"), "role", "owner"), "send-invite");
    assertThat(admin.fieldErrors(), hasItem("Only an owner can invite an owner."));

    admin.get("/portal/members");
    admin.submit("role", Map.of("new-role", "owner"), "change-role", 1);
    assertThat(admin.formErrors(), hasItem("Only an owner can make or unmake owners."));
    assertThat(admin.get("/portal/").text(), containsString("as admin"));
    assertThat(admin.path(), equalTo("/portal/"));
  }
}
