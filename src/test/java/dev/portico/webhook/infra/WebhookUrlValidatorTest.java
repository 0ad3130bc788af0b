package dev.portico.webhook.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlValidatorTest {

  /** Names a test may resolve, without a network; anything else does not exist. */
  static final class FakeDns implements DnsResolver {
    private final Map<String, List<String>> names =
        Map.of(
            "hooks.example.com", List.of("203.0.113.10", "2001:db8::10"),
            "internal.example.com", List.of("10.0.0.5"),
            "split.example.com", List.of("203.0.113.11", "169.254.169.254"),
            "v6.example.com", List.of("2001:db8::20", "fd00:ec2::254"));
    final List<String> lookups = new ArrayList<>();

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      lookups.add(host);
      List<String> addresses = names.get(host);
      if (addresses == null) {
        if (host.indexOf(':') >= 0 || host.matches("[0-9.]+")) {
          return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
      }
      InetAddress[] resolved = new InetAddress[addresses.size()];
      for (int i = 0; i < resolved.length; i++) {
        resolved[i] = InetAddress.getByName(addresses.get(i));
      }
      return resolved;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
      return host;
    }
  }

  private final FakeDns dns = new FakeDns();
  private final WebhookUrlValidator validator = new WebhookUrlValidator(dns, false);

  @Test
  void whenHttpsUrlResolvesToPublicAddressesThenAccepted() {
    UrlVerdict verdict = validator.check("https://hooks.example.com/portico?x=1", true);

    assertThat(verdict.accepted(), is(true));
    assertThat(verdict.reason(), is(nullValue()));
  }

  @Test
  void whenHttpInLiveModeThenRefused() {
    assertThat(
        validator.check("http://hooks.example.com/", true).reason(),
        is("must use https in live mode"));
  }

  @Test
  void whenHttpInTestModeThenAccepted() {
    assertThat(validator.check("http://hooks.example.com/", false).accepted(), is(true));
  }

  @Test
  void whenSchemeIsUpperCaseThenAccepted() {
    assertThat(validator.check("HTTPS://hooks.example.com/", true).accepted(), is(true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://hooks.example.com/ | must use https (or http, in test mode only)",
        "/webhooks | must be an absolute URL, such as https://example.com/webhooks",
        "hooks.example.com/webhooks | must be an absolute URL, such as https://example.com/webhooks",
        "https:hooks.example.com | must be an absolute URL, such as https://example.com/webhooks",
        "https://user:secret@hooks.example.com/ | must not contain a user name or password",
        "https://user@hooks.example.com/ | must not contain a user name or password",
        "https://hooks.example.com/#top | must not contain a fragment (#...)",
        "https:///webhooks | must name a valid host",
        "https://exa_mple.com/ | must name a valid host",
        "https://hooks.example.com:0/ | must have a port between 1 and 65535",
        "https://hooks.example.com:65536/ | must have a port between 1 and 65535",
        "https://hooks example.com/ | is not a valid URL",
        "'   ' | is required",
      })
  void whenUrlIsMalformedThenRefusedWithItsReason(String url, String reason) {
    assertThat(validator.check(url, false).reason(), is(reason));
    assertThat(dns.lookups, is(empty()));
  }

  @Test
  void whenUrlIsNullThenRefused() {
    assertThat(validator.check(null, false).reason(), is("is required"));
  }

  @Test
  void whenUrlIsAtMostMaxLengthThenAccepted() {
    String prefix = "https://hooks.example.com/";
    String url = prefix + "a".repeat(WebhookUrlValidator.MAX_LENGTH - prefix.length());

    assertThat(validator.check(url, true).accepted(), is(true));
    assertThat(validator.check(url + "a", true).reason(), is("must be at most 2048 characters"));
  }

  @Test
  void whenHostResolvesToPrivateAddressThenRefusedWithTheAddress() {
    assertThat(
        validator.check("https://internal.example.com/", true).reason(),
        is("resolves to a private address (10.0.0.5); webhook targets must be public"));
  }

  @Test
  void whenAnyAddressOfTheHostIsForbiddenThenRefused() {
    assertThat(
        validator.check("https://split.example.com/", true).reason(),
        is("resolves to a link-local address (169.254.169.254); webhook targets must be public"));
    assertThat(
        validator.check("https://v6.example.com/", true).reason(),
        containsString("resolves to a unique-local address (fd00:ec2:0:0:0:0:0:254)"));
  }

  @Test
  void whenHostDoesNotResolveThenRefused() {
    assertThat(
        validator.check("https://nothing.example.com/", true).reason(),
        is("has a host that does not resolve (nothing.example.com)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://10.0.0.5/ | is a private address (10.0.0.5); webhook targets must be public",
        "http://169.254.169.254/latest/meta-data/ | is a link-local address (169.254.169.254)",
        "http://100.100.100.200/ | is a carrier-grade NAT address (100.100.100.200)",
        "http://[::1]:8080/ | is a loopback address (0:0:0:0:0:0:0:1)",
        "http://[fd00:ec2::254]/ | is a unique-local address (fd00:ec2:0:0:0:0:0:254)",
        "http://[::ffff:127.0.0.1]/ | is a loopback address (127.0.0.1)",
        "http://0.0.0.0:8080/ | is an unspecified address (0.0.0.0)",
      })
  void whenHostIsForbiddenIpLiteralThenRefused(String url, String reason) {
    assertThat(validator.check(url, false).reason(), containsString(reason));
  }

  @Test
  void whenHostIsPublicIpLiteralThenAccepted() {
    assertThat(validator.check("https://203.0.113.10/hooks", true).accepted(), is(true));
    assertThat(validator.check("https://[2001:db8::1]:8443/hooks", true).accepted(), is(true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/",
        "http://127.0.0.1/",
        "http://127.1/",
        "http://2130706433/",
        "http://[::]/",
      })
  void whenSystemResolverMeetsALoopbackSpellingThenRefused(String url) {
    WebhookUrlValidator system = new WebhookUrlValidator(false);

    assertThat(system.check(url, false).accepted(), is(false));
  }

  @Test
  void whenPrivateTargetsAreAllowedThenNoLookupIsMade() {
    WebhookUrlValidator lenient = new WebhookUrlValidator(dns, true);

    assertThat(lenient.check("http://internal.example.com/", false).accepted(), is(true));
    assertThat(lenient.check("http://127.0.0.1:9080/receiver", false).accepted(), is(true));
    assertThat(lenient.check("https://nothing.example.com/", true).accepted(), is(true));
    assertThat(dns.lookups, is(empty()));
  }

  @Test
  void whenPrivateTargetsAreAllowedThenTheFormIsStillChecked() {
    WebhookUrlValidator lenient = new WebhookUrlValidator(dns, true);

    assertThat(
        lenient.check("http://127.0.0.1:9080/", true).reason(), is("must use https in live mode"));
  }
}
