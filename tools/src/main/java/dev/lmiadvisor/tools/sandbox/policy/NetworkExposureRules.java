package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.bind.RequestView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Refuses security group rules that open every port, or a high-risk port, to the whole internet,
 * however the addresses are written: the CIDR blocks of a request that reach one port are joined
 * ({@link CidrSet}), so {@code 0.0.0.0/1} with {@code 128.0.0.0/1}, or {@code 0::/0}, count as the
 * internet just as {@code 0.0.0.0/0} and {@code ::/0} do.
 *
 * <p>High-risk ports: those of AWS Security Hub control EC2.19 ("Security groups should not allow
 * unrestricted access to ports with high risk",
 * https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19, as of
 * 2026-12-01). LMI instances need no inbound rule at all.
 */
final class NetworkExposureRules {

  static final String RULE = PermissionRules.PUBLIC_ACCESS;

  static final List<Integer> HIGH_RISK_PORTS =
      List.of(
          20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432,
          5500, 5601, 8080, 8088, 8888, 9200, 9300);

  private NetworkExposureRules() {}

  static List<PolicyRule> rules() {
    return List.of(Rule.deny(RULE, (c, x) -> worldOpen(c)));
  }

  /** One rule of a request: protocol, port range and CIDR blocks. */
  private record Opening(String protocol, Integer from, Integer to, List<String> cidrs) {
    boolean allTraffic() {
      return protocol.equals("-1") || protocol.equalsIgnoreCase("all");
    }

    boolean reaches(int port) {
      if (allTraffic()) {
        return true;
      }
      boolean portProtocol =
          protocol.equalsIgnoreCase("tcp")
              || protocol.equalsIgnoreCase("udp")
              || protocol.equals("6")
              || protocol.equals("17");
      return portProtocol && from != null && to != null && from <= port && port <= to;
    }

    boolean everyPort() {
      return allTraffic() || (from != null && to != null && from <= 0 && to >= 65535);
    }
  }

  private static Optional<String> worldOpen(ParsedCommand c) {
    List<Opening> openings = openings(c);
    if (openings.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (internet(openings.stream().filter(Opening::allTraffic).toList())) {
        return Optional.of(
            "the rule opens every protocol and port to the whole internet; LMI instances need no inbound rules at all");
      }
      if (internet(openings.stream().filter(Opening::everyPort).toList())) {
        return Optional.of("the rule opens every port to the whole internet");
      }
      for (int port : HIGH_RISK_PORTS) {
        if (internet(openings.stream().filter(o -> o.reaches(port)).toList())) {
          return Optional.of(
              "the rule opens port "
                  + port
                  + " to the whole internet (the CIDR blocks together cover every address); allow only the addresses that need it");
        }
      }
    } catch (IllegalArgumentException e) {
      return Optional.of("the sandbox cannot read a CIDR block of the rule: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static boolean internet(List<Opening> openings) {
    CidrSet set = new CidrSet();
    for (Opening opening : openings) {
      opening.cidrs().forEach(set::add);
    }
    return set.coversAllIpv4() || set.coversAllIpv6();
  }

  private static List<Opening> openings(ParsedCommand c) {
    List<Opening> openings = new ArrayList<>();
    if (c.is("ec2", "AuthorizeSecurityGroupIngress")) {
      for (Object permission : c.valuesAt("IpPermissions")) {
        if (permission instanceof SdkPojo p) {
          List<String> cidrs = new ArrayList<>(RequestView.stringsAt(p, "IpRanges.CidrIp"));
          cidrs.addAll(RequestView.stringsAt(p, "Ipv6Ranges.CidrIpv6"));
          openings.add(
              new Opening(
                  String.valueOf(RequestView.valueAt(p, "IpProtocol")),
                  integer(RequestView.valueAt(p, "FromPort")),
                  integer(RequestView.valueAt(p, "ToPort")),
                  cidrs));
        }
      }
      if (c.isSet("CidrIp")) {
        openings.add(
            new Opening(
                String.valueOf(c.valueAt("IpProtocol")),
                integer(c.valueAt("FromPort")),
                integer(c.valueAt("ToPort")),
                c.stringsAt("CidrIp")));
      }
    }
    if (c.is("ec2", "ModifySecurityGroupRules")) {
      for (Object rule : c.valuesAt("SecurityGroupRules.SecurityGroupRule")) {
        if (rule instanceof SdkPojo r) {
          List<String> cidrs = new ArrayList<>(RequestView.stringsAt(r, "CidrIpv4"));
          cidrs.addAll(RequestView.stringsAt(r, "CidrIpv6"));
          openings.add(
              new Opening(
                  String.valueOf(RequestView.valueAt(r, "IpProtocol")),
                  integer(RequestView.valueAt(r, "FromPort")),
                  integer(RequestView.valueAt(r, "ToPort")),
                  cidrs));
        }
      }
    }
    return openings;
  }

  private static Integer integer(Object value) {
    return value instanceof Integer i ? i : null;
  }
}
