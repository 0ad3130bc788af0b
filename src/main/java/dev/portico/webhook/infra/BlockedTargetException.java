package dev.portico.webhook.infra;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A webhook host that names an address webhooks may not reach; an {@link UnknownHostException} so
 * that a resolver may refuse it where it would refuse a name that does not exist.
 */
public final class BlockedTargetException extends UnknownHostException {

  private static final long serialVersionUID = 1L;
  private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

  private final String reason;

  public BlockedTargetException(
      String host, InetAddress address, TargetAddressPolicy.Category category) {
    super(host + " " + reason(host, address, category));
    this.reason = reason(host, address, category);
  }

  /** Why the host is refused, to follow its name (or the field that holds it). */
  public String reason() {
    return reason;
  }

  private static String reason(
      String host, InetAddress address, TargetAddressPolicy.Category category) {
    boolean literal = host.indexOf(':') >= 0 || IPV4_LITERAL.matcher(host).matches();
    String verb = literal ? "is " : "resolves to ";
    return verb
        + category.description()
        + " ("
        + address.getHostAddress()
        + "); webhook targets must be public";
  }
}
