package dev.portico.apikey.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bounds of an API key's settings as a request sends them, checked and documented from here.
 */
final class ApiKeyBounds {

  static final int NAME = 100;
  static final int SCOPES = 32;

  /** Longer than any scope's name ({@code integrations:write}); a longer one is no scope. */
  static final int SCOPE = 64;

  static final int ALLOWED_IPS = 100;

  /**
   * The longest CIDR block: an IPv6 address with an embedded IPv4 one and {@code /128}, as in
   * {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255/128}.
   */
  static final int CIDR = 49;

  /** Longer than any tier's name; a longer one is no tier. */
  static final int TIER = 32;

  private ApiKeyBounds() {}

  /**
   * One scope of a request's list, for the document: SmallRye does not read a bound on a list's
   * element type ({@code List<@Size String>}), so the list's schema names this one as its items.
   */
  @Schema(
      name = "ScopeName",
      type = SchemaType.STRING,
      maxLength = SCOPE,
      example = "customers:read")
  static final class ScopeItem {
    private ScopeItem() {}
  }

  /** One CIDR block of a request's allowlist, for the document (see {@link ScopeItem}). */
  @Schema(
      name = "CidrBlock",
      type = SchemaType.STRING,
      maxLength = CIDR,
      example = "203.0.113.0/24")
  static final class CidrItem {
    private CidrItem() {}
  }
}
