package dev.portico.account;

/** A change to an organization's members that its rules forbid (the last owner, a role's reach). */
public class MemberRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MemberRuleException(String message) {
    super(message);
  }
}
