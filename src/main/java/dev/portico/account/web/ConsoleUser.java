package dev.portico.account.web;

import dev.portico.account.AccountService;
import dev.portico.account.MemberService;
import dev.portico.account.domain.Organization;
import dev.portico.account.domain.User;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user as the console layout shows them, and what their role lets them do. */
@Named
@RequestScoped
public class ConsoleUser {

  @Inject MemberService members;
  @Inject AccountService accounts;
  @Inject CallerContext callerContext;

  private User user;
  private Organization organization;

  public String getEmail() {
    return user().email();
  }

  public String getDisplayName() {
    return user().name() == null ? user().email() : user().name();
  }

  public String getRole() {
    return user().role().text();
  }

  public String getOrganizationName() {
    if (organization == null) {
      organization = accounts.organization(user().organizationId()).orElseThrow();
    }
    return organization.name();
  }

  public boolean isManagesKeys() {
    return callerContext.current().has(Scope.API_KEYS_WRITE);
  }

  /** Whether the user acts for the operator: the console then links the organizations page. */
  public boolean isOperator() {
    return callerContext.current().has(Scope.ORGANIZATIONS_READ);
  }

  public boolean isManagesMembers() {
    return user().role().managesMembers();
  }

  private User user() {
    if (user == null) {
      user = members.me();
    }
    return user;
  }
}
