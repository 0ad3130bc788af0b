package dev.portico.customer.api;

/** Constraints that the create and update bodies share. */
final class CustomerRules {

  static final String PHONE = "\\+?[0-9][0-9 ().-]*";
  static final String PHONE_MESSAGE =
      "must be a phone number: digits, spaces, ( ) . - and an optional leading +";

  private CustomerRules() {}
}
