package dev.portico.webhook.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import dev.portico.webhook.infra.TargetAddressPolicy.Category;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetAddressPolicyTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, UNSPECIFIED",
    "0.0.0.1, RESERVED",
    "0.255.255.255, RESERVED",
    "10.0.0.0, PRIVATE",
    "10.0.0.5, PRIVATE",
    "10.255.255.255, PRIVATE",
    "100.64.0.0, CARRIER_GRADE_NAT",
    "100.100.100.200, CARRIER_GRADE_NAT",
    "100.127.255.255, CARRIER_GRADE_NAT",
    "127.0.0.1, LOOPBACK",
    "127.0.0.0, LOOPBACK",
    "127.255.255.255, LOOPBACK",
    "169.254.0.0, LINK_LOCAL",
    "169.254.169.254, LINK_LOCAL",
    "169.254.255.255, LINK_LOCAL",
    "172.16.0.0, PRIVATE",
    "172.31.255.255, PRIVATE",
    "192.0.0.0, RESERVED",
    "192.0.0.255, RESERVED",
    "192.168.0.0, PRIVATE",
    "192.168.255.255, PRIVATE",
    "198.18.0.0, BENCHMARKING",
    "198.19.255.255, BENCHMARKING",
    "224.0.0.0, MULTICAST",
    "239.255.255.255, MULTICAST",
    "240.0.0.0, RESERVED",
    "255.255.255.254, RESERVED",
    "255.255.255.255, BROADCAST",
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "fe80::, LINK_LOCAL",
    "fe80::1, LINK_LOCAL",
    "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "fc00::, UNIQUE_LOCAL",
    "fd00:ec2::254, UNIQUE_LOCAL",
    "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, UNIQUE_LOCAL",
    "ff00::, MULTICAST",
    "ff02::1, MULTICAST",
    "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, MULTICAST",
    "64:ff9b:1::a00:1, RESERVED",
  })
  void whenAddressIsInAForbiddenRangeThenItsCategoryIsNamed(String literal, Category expected)
      throws Exception {
    assertThat(TargetAddressPolicy.forbiddenCategory(address(literal)), is(Optional.of(expected)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.0.0.0",
        "8.8.8.8",
        "9.255.255.255",
        "11.0.0.0",
        "100.63.255.255",
        "100.128.0.0",
        "126.255.255.255",
        "128.0.0.0",
        "169.253.255.255",
        "169.255.0.0",
        "172.15.255.255",
        "172.32.0.0",
        "191.255.255.255",
        "192.0.1.0",
        "192.0.2.1",
        "192.167.255.255",
        "192.169.0.0",
        "198.17.255.255",
        "198.20.0.0",
        "203.0.113.10",
        "223.255.255.255",
        "2001:db8::1",
        "2606:4700::1111",
        "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        "fe00::",
        "fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        "::2:0:0:1",
        "64:ff9b:2::a00:1",
        "2003::1",
      })
  void whenAddressIsPublicThenItIsAllowed(String literal) throws Exception {
    assertThat(TargetAddressPolicy.isForbidden(address(literal)), is(false));
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "10.0.0.5, PRIVATE",
    "169.254.169.254, LINK_LOCAL",
    "100.100.100.200, CARRIER_GRADE_NAT",
    "0.0.0.0, UNSPECIFIED",
    "224.0.0.1, MULTICAST",
    "255.255.255.255, BROADCAST",
  })
  void whenIpv4IsEmbeddedInIpv6ThenEveryFormIsJudgedByIt(String ipv4, Category expected)
      throws Exception {
    byte[] v4 = InetAddress.getByName(ipv4).getAddress();
    Optional<Category> category = Optional.of(expected);

    assertThat(
        classify(embed(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1}, v4)), is(category));
    assertThat(
        classify(embed(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0}, v4)), is(category));
    assertThat(classify(embed(new byte[12], v4)), is(category));
    assertThat(
        classify(embed(new byte[] {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0}, v4)), is(category));
    assertThat(classify(sixToFour(v4)), is(category));
  }

  @Test
  void whenPublicIpv4IsEmbeddedInIpv6ThenItIsAllowed() throws Exception {
    byte[] v4 = InetAddress.getByName("8.8.8.8").getAddress();

    assertThat(
        classify(embed(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1}, v4)).isEmpty(), is(true));
    assertThat(
        classify(embed(new byte[] {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0}, v4)).isEmpty(),
        is(true));
    assertThat(classify(sixToFour(v4)).isEmpty(), is(true));
  }

  @ParameterizedTest
  @CsvSource({
    "::127.0.0.1, LOOPBACK",
    "::10.1.2.3, PRIVATE",
    "::0.0.0.2, RESERVED",
    "64:ff9b::169.254.169.254, LINK_LOCAL",
    "64:ff9b::a9fe:a9fe, LINK_LOCAL",
    "2002:7f00:1::, LOOPBACK",
    "2002:a9fe:a9fe::1, LINK_LOCAL",
    "2002:c0a8:101:1::1, PRIVATE",
  })
  void whenIpv6TextEmbedsIpv4ThenItIsJudgedByIt(String literal, Category expected)
      throws Exception {
    InetAddress address = address(literal);

    assertThat(address, instanceOf(Inet6Address.class));
    assertThat(TargetAddressPolicy.forbiddenCategory(address), is(Optional.of(expected)));
  }

  @Test
  void whenJavaParsesMappedTextThenItIsAlreadyIpv4AndStillRefused() throws Exception {
    InetAddress address = address("::ffff:127.0.0.1");

    assertThat(address, instanceOf(Inet4Address.class));
    assertThat(TargetAddressPolicy.forbiddenCategory(address), is(Optional.of(Category.LOOPBACK)));
  }

  private static InetAddress address(String literal) throws Exception {
    // Literals only: getByName parses them without a lookup.
    return InetAddress.getByName(literal);
  }

  private static Optional<Category> classify(byte[] ipv6) throws Exception {
    // Inet6Address.getByAddress keeps the 16 bytes; InetAddress.getByAddress would turn a mapped
    // address into an Inet4Address before the policy saw it.
    return TargetAddressPolicy.forbiddenCategory(Inet6Address.getByAddress(null, ipv6, -1));
  }

  private static byte[] embed(byte[] prefix, byte[] v4) {
    byte[] bytes = new byte[16];
    System.arraycopy(prefix, 0, bytes, 0, 12);
    System.arraycopy(v4, 0, bytes, 12, 4);
    return bytes;
  }

  private static byte[] sixToFour(byte[] v4) {
    byte[] bytes = new byte[16];
    bytes[0] = 0x20;
    bytes[1] = 0x02;
    System.arraycopy(v4, 0, bytes, 2, 4);
    bytes[15] = 1;
    return bytes;
  }
}
