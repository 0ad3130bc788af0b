package dev.portico.webhook.infra;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves a webhook host and refuses it when any of its addresses is off limits, so that the
 * addresses checked are the very ones connected to and a name cannot rebind in between.
 */
public final class GuardedDnsResolver implements DnsResolver {

  private final DnsResolver delegate;
  private final boolean allowPrivateTargets;

  public GuardedDnsResolver(DnsResolver delegate, boolean allowPrivateTargets) {
    this.delegate = Objects.requireNonNull(delegate, "delegate is required");
    this.allowPrivateTargets = allowPrivateTargets;
  }

  /** Resolves through the JVM's resolver (and its cache). */
  public static GuardedDnsResolver system(boolean allowPrivateTargets) {
    return new GuardedDnsResolver(SystemDefaultDnsResolver.INSTANCE, allowPrivateTargets);
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String bare = withoutBrackets(host);
    InetAddress[] addresses = delegate.resolve(bare);
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(bare);
    }
    if (!allowPrivateTargets) {
      // Every address, not only the first: the connection may fall through to any of them.
      for (InetAddress address : addresses) {
        var category = TargetAddressPolicy.forbiddenCategory(address);
        if (category.isPresent()) {
          throw new BlockedTargetException(bare, address, category.get());
        }
      }
    }
    return addresses;
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    return Arrays.stream(resolve(host))
        .map(address -> new InetSocketAddress(address, port))
        .toList();
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return delegate.resolveCanonicalHostname(withoutBrackets(host));
  }

  private static String withoutBrackets(String host) {
    Objects.requireNonNull(host, "host is required");
    return host.length() > 1 && host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1)
        : host;
  }
}
