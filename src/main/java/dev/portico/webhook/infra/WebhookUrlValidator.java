package dev.portico.webhook.infra;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Checks the URL of a webhook endpoint when it is created or changed: its form, its scheme for the
 * mode, and (unless private targets are allowed) that its host resolves only to public addresses.
 */
public final class WebhookUrlValidator {

  /** The longest URL an endpoint may have. */
  public static final int MAX_LENGTH = 2048;

  private final GuardedDnsResolver resolver;
  private final boolean allowPrivateTargets;

  public WebhookUrlValidator(boolean allowPrivateTargets) {
    this(SystemDefaultDnsResolver.INSTANCE, allowPrivateTargets);
  }

  public WebhookUrlValidator(DnsResolver dns, boolean allowPrivateTargets) {
    this.resolver = new GuardedDnsResolver(Objects.requireNonNull(dns, "dns is required"), false);
    this.allowPrivateTargets = allowPrivateTargets;
  }

  /** The verdict on {@code url} for an endpoint of live mode or of test mode. */
  public UrlVerdict check(String url, boolean livemode) {
    if (url == null || url.isBlank()) {
      return UrlVerdict.refuse("is required");
    }
    if (url.length() > MAX_LENGTH) {
      return UrlVerdict.refuse("must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return UrlVerdict.refuse("is not a valid URL");
    }
    UrlVerdict form = checkForm(uri, livemode);
    if (!form.accepted() || allowPrivateTargets) {
      return form;
    }
    return checkAddresses(uri.getHost());
  }

  private static UrlVerdict checkForm(URI uri, boolean livemode) {
    if (!uri.isAbsolute() || uri.isOpaque()) {
      return UrlVerdict.refuse("must be an absolute URL, such as https://example.com/webhooks");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return UrlVerdict.refuse(
          livemode ? "must use https" : "must use https (or http, in test mode only)");
    }
    if (scheme.equals("http") && livemode) {
      return UrlVerdict.refuse("must use https in live mode");
    }
    String authority = uri.getRawAuthority();
    if (uri.getRawUserInfo() != null || authority != null && authority.indexOf('@') >= 0) {
      return UrlVerdict.refuse("must not contain a user name or password");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return UrlVerdict.refuse("must name a valid host");
    }
    if (uri.getPort() == 0 || uri.getPort() > 65535) {
      return UrlVerdict.refuse("must have a port between 1 and 65535");
    }
    if (uri.getRawFragment() != null) {
      return UrlVerdict.refuse("must not contain a fragment (#...)");
    }
    return UrlVerdict.accept();
  }

  private UrlVerdict checkAddresses(String host) {
    try {
      resolver.resolve(host);
      return UrlVerdict.accept();
    } catch (BlockedTargetException e) {
      return UrlVerdict.refuse(e.reason());
    } catch (UnknownHostException e) {
      return UrlVerdict.refuse("has a host that does not resolve (" + host + ")");
    }
  }
}
