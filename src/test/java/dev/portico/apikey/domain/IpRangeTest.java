package dev.portico.apikey.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

  @ParameterizedTest
  @CsvSource({
    "203.0.113.0/24, 203.0.113.0/24",
    "10.1.2.3/8, 10.0.0.0/8",
    "198.51.100.7, 198.51.100.7/32",
    "198.51.100.7/32, 198.51.100.7/32",
    "255.255.255.255/0, 0.0.0.0/0",
    "2001:db8::/32, 2001:db8::/32",
    "2001:DB8:0:0:0:0:0:0/32, 2001:db8::/32",
    "2001:db8:abcd:12::ff/48, 2001:db8:abcd::/48",
    "::1, ::1/128",
    "0:0:0:0:0:0:0:1/128, ::1/128",
    "ffff::1/0, ::/0",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1/128",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1/128",
    "fe80:0:0:0:1:0:0:0/64, fe80::/64",
    "::ffff:10.1.2.3/104, 10.0.0.0/8",
    "::ffff:a01:203, 10.1.2.3/32",
    "::ffff:0:0/96, 0.0.0.0/0",
  })
  void whenValidCidrParsedThenToStringIsNormalised(String input, String normalised) {
    assertThat(IpRange.parse(input).toString(), is(normalised));
  }

  @Test
  void whenHostBitsDifferThenRangesAreEqual() {
    IpRange range = IpRange.parse("10.1.2.3/8");

    assertThat(range, is(IpRange.parse("10.0.0.0/8")));
    assertThat(range.hashCode(), is(IpRange.parse("10.0.0.0/8").hashCode()));
    assertThat(range, is(not(IpRange.parse("10.0.0.0/9"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost",
        "example.com",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.4.",
        "256.1.1.1",
        "1.2.3.4/33",
        "::1/129",
        "10.0.0.0/",
        "/8",
        "1.2.3.4/-1",
        "1.2.3.4/+8",
        "1.2.3.4/08",
        "1.2.3.4/8/8",
        "01.2.3.4",
        "+1.2.3.4",
        "1.2.3.-4",
        " 1.2.3.4",
        "1.2.3.4 ",
        "0x7f.0.0.1",
        "2130706433",
        "١.٢.٣.٤",
        "١::1",
        "::١",
        "1::2::3",
        "12345::",
        "fe80::1%eth0",
        "[::1]",
        ".::1",
        "::1.example.com",
        "gggg::1",
      })
  void whenNotCidrThenRejectedQuotingInput(String input) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse(input));

    assertThat(e.getMessage(), is("not a CIDR block: " + input));
  }

  @Test
  void whenNullThenRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse(null));

    assertThat(e.getMessage(), containsString("not a CIDR block"));
  }

  @Test
  void whenV4RangeThenBoundariesAreExact() {
    IpRange range = IpRange.parse("203.0.113.0/24");

    assertThat(range.contains(address("203.0.112.255")), is(false));
    assertThat(range.contains(address("203.0.113.0")), is(true));
    assertThat(range.contains(address("203.0.113.255")), is(true));
    assertThat(range.contains(address("203.0.114.0")), is(false));
  }

  @Test
  void whenPrefixNotOnByteBoundaryThenBoundariesAreExact() {
    IpRange range = IpRange.parse("10.0.0.16/28");

    assertThat(range.contains(address("10.0.0.15")), is(false));
    assertThat(range.contains(address("10.0.0.16")), is(true));
    assertThat(range.contains(address("10.0.0.31")), is(true));
    assertThat(range.contains(address("10.0.0.32")), is(false));
  }

  @Test
  void whenSingleV4AddressThenOnlyThatAddressIsContained() {
    IpRange range = IpRange.parse("198.51.100.7");

    assertThat(range.contains(address("198.51.100.7")), is(true));
    assertThat(range.contains(address("198.51.100.6")), is(false));
    assertThat(range.contains(address("198.51.100.8")), is(false));
  }

  @Test
  void whenV4PrefixZeroThenEveryV4AddressButNoV6AddressIsContained() {
    IpRange range = IpRange.parse("0.0.0.0/0");

    assertThat(range.contains(address("0.0.0.0")), is(true));
    assertThat(range.contains(address("255.255.255.255")), is(true));
    assertThat(range.contains(address("::1")), is(false));
    assertThat(range.contains(address("2001:db8::1")), is(false));
  }

  @Test
  void whenV6RangeThenBoundariesAreExact() {
    IpRange range = IpRange.parse("2001:db8::/32");

    assertThat(range.contains(address("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")), is(false));
    assertThat(range.contains(address("2001:db8::")), is(true));
    assertThat(range.contains(address("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")), is(true));
    assertThat(range.contains(address("2001:db9::")), is(false));
  }

  @Test
  void whenSingleV6AddressThenOnlyThatAddressIsContained() {
    IpRange range = IpRange.parse("::1");

    assertThat(range.contains(address("0:0:0:0:0:0:0:1")), is(true));
    assertThat(range.contains(address("::2")), is(false));
    assertThat(range.contains(address("::")), is(false));
  }

  @Test
  void whenV6PrefixZeroThenEveryV6AddressButNoV4AddressIsContained() {
    IpRange range = IpRange.parse("::/0");

    assertThat(range.contains(address("::")), is(true));
    assertThat(range.contains(address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")), is(true));
    assertThat(range.contains(address("10.0.0.1")), is(false));
    assertThat(range.contains(address("::ffff:10.0.0.1")), is(false));
  }

  @Test
  void whenAddressIsRawMappedV6ThenV4RangeContainsIt() throws UnknownHostException {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1};
    InetAddress raw = Inet6Address.getByAddress(null, mapped, -1);

    assertThat(raw instanceof Inet6Address, is(true));
    assertThat(IpRange.parse("10.0.0.0/8").contains(raw), is(true));
    assertThat(IpRange.parse("11.0.0.0/8").contains(raw), is(false));
  }

  @Test
  void whenRangeWrittenAsMappedV6ThenPlainV4AddressIsContained() {
    IpRange range = IpRange.parse("::ffff:10.0.0.0/104");

    assertThat(range.contains(address("10.200.0.1")), is(true));
    assertThat(range.contains(address("11.0.0.1")), is(false));
  }

  @Test
  void whenV6AddressIsIpv4CompatibleNotMappedThenV4RangeDoesNotContainIt()
      throws UnknownHostException {
    byte[] compatible = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1};
    InetAddress raw = Inet6Address.getByAddress(null, compatible, -1);

    assertThat(IpRange.parse("10.0.0.0/8").contains(raw), is(false));
  }

  @Test
  void whenAddressIsNullThenNotContained() {
    assertThat(IpRange.parse("0.0.0.0/0").contains(null), is(false));
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
