package dev.portico.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.portico.account.domain.UserRole;
import dev.portico.platform.security.Scope;
import java.util.Set;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class UserRoleTest {

  @Test
  void whenAPartnersMemberActsThenNoRoleHoldsAnOperatorScope() {
    for (UserRole role : UserRole.values()) {
      assertThat(role.text(), role.scopes(false), everyItem(not(operatorScope())));
    }
    assertThat(UserRole.OWNER.scopes(false), is(Scope.partner()));
  }

  @Test
  void whenTheOperatorsMemberActsThenOwnersAndAdminsSetPlansAndOthersReadOrganizations() {
    for (UserRole role : Set.of(UserRole.OWNER, UserRole.ADMIN)) {
      assertThat(role.scopes(true), hasItem(Scope.ORGANIZATIONS_WRITE));
    }
    for (UserRole role : Set.of(UserRole.DEVELOPER, UserRole.VIEWER)) {
      assertThat(role.scopes(true), hasItem(Scope.ORGANIZATIONS_READ));
      assertThat(role.scopes(true), not(hasItem(Scope.ORGANIZATIONS_WRITE)));
    }
    assertThat(
        UserRole.VIEWER.scopes(true), everyItem(Matchers.<Scope>hasProperty("read", is(true))));
  }

  private static Matcher<Scope> operatorScope() {
    return Matchers.hasProperty("operator", is(true));
  }
}
