package dev.lmiadvisor.tools.sandbox.policy;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of IPv4 or IPv6 address ranges, normalised to numbers so that every spelling of the same
 * addresses is one set: {@code ::/0}, {@code 0::/0} and {@code 0:0:0:0:0:0:0:0/0} are the IPv6
 * internet, and {@code 0.0.0.0/1} with {@code 128.0.0.0/1} is the IPv4 internet.
 */
final class CidrSet {

  private static final BigInteger V4_END = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
  private static final BigInteger V6_END = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  private final List<Range> v4 = new ArrayList<>();
  private final List<Range> v6 = new ArrayList<>();

  /** One range, inclusive, with the family and the prefix length it was written with. */
  record Range(boolean ipv6, BigInteger first, BigInteger last, int prefixLength) {}

  /**
   * Reads a CIDR block. Only address literals are read: no host names, no leading zeros in IPv4.
   *
   * @throws IllegalArgumentException when the text is not a CIDR block
   */
  static Range parse(String cidr) {
    String text = cidr.strip();
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("'" + cidr + "' is not a CIDR block such as 10.0.0.0/16");
    }
    String address = text.substring(0, slash);
    boolean ipv6 = address.contains(":");
    if (!(ipv6 ? address.matches("[0-9A-Fa-f:.]+") : address.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
      throw new IllegalArgumentException("'" + cidr + "' is not a CIDR block such as 10.0.0.0/16");
    }
    InetAddress parsed;
    int bits;
    try {
      parsed = InetAddress.ofLiteral(address);
      bits = Integer.parseInt(text.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + cidr + "' is not a CIDR block such as 10.0.0.0/16");
    }
    int width = parsed instanceof Inet4Address ? 32 : 128;
    if (bits < 0 || bits > width) {
      throw new IllegalArgumentException("'" + cidr + "' has a prefix length outside 0-" + width);
    }
    BigInteger value = new BigInteger(1, parsed.getAddress());
    BigInteger hostMask = BigInteger.ONE.shiftLeft(width - bits).subtract(BigInteger.ONE);
    BigInteger first = value.andNot(hostMask);
    return new Range(width == 128, first, first.or(hostMask), bits);
  }

  void add(String cidr) {
    Range range = parse(cidr);
    (range.ipv6() ? v6 : v4).add(range);
  }

  boolean coversAllIpv4() {
    return covers(v4, V4_END);
  }

  boolean coversAllIpv6() {
    return covers(v6, V6_END);
  }

  private static boolean covers(List<Range> ranges, BigInteger end) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(Range::first));
    BigInteger next = BigInteger.ZERO;
    for (Range range : sorted) {
      if (range.first().compareTo(next) > 0) {
        return false;
      }
      if (range.last().compareTo(next) >= 0) {
        next = range.last().add(BigInteger.ONE);
      }
      if (next.compareTo(end) > 0) {
        return true;
      }
    }
    return false;
  }
}
