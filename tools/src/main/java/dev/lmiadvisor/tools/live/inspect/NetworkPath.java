package dev.lmiadvisor.tools.live.inspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;

/**
 * How the provider's instances reach AWS APIs, from what EC2 described. AWS documents three
 * patterns (Networking for Lambda Managed Instances, as of 2026-11-21): private subnets with a NAT
 * gateway route, VPC endpoints, or a public subnet with an internet gateway. A subnet whose route
 * table sends {@code 0.0.0.0/0} nowhere, in a VPC without endpoints, has none of them.
 */
final class NetworkPath {

  static final String UNKNOWN = "unknown";

  private NetworkPath() {}

  static NetworkView analyse(
      ProviderView provider,
      String region,
      Optional<String> vpcId,
      Optional<List<Subnet>> subnets,
      Optional<List<RouteTable>> routeTables,
      Optional<List<VpcEndpoint>> endpoints,
      Optional<List<SecurityGroup>> groups) {
    List<NetworkView.SubnetView> views = new ArrayList<>();
    Set<String> zones = new HashSet<>();
    for (String subnetId : provider.subnetIds()) {
      Optional<Subnet> subnet =
          subnets.flatMap(
              list -> list.stream().filter(s -> subnetId.equals(s.subnetId())).findFirst());
      subnet.map(Subnet::availabilityZoneId).ifPresent(zones::add);
      Optional<RouteTable> table = routeTables.flatMap(tables -> tableOf(subnetId, tables));
      views.add(
          new NetworkView.SubnetView(
              subnetId,
              subnet.map(Subnet::availabilityZoneId),
              table.map(RouteTable::routeTableId),
              routeTables.isEmpty()
                  ? UNKNOWN
                  : table.map(NetworkPath::defaultRoute).orElse(UNKNOWN),
              subnet.map(Subnet::mapPublicIpOnLaunch),
              subnet.map(Subnet::availableIpAddressCount)));
    }
    List<String> services =
        endpoints
            .map(
                list ->
                    list.stream()
                        .filter(e -> "available".equalsIgnoreCase(e.stateAsString()))
                        .map(e -> shortName(e.serviceName(), region))
                        .distinct()
                        .sorted()
                        .toList())
            .orElse(List.of());
    return new NetworkView(
        vpcId,
        views,
        subnets.isPresent() ? zones.size() : 0,
        services,
        egress(views, endpoints.isPresent(), services),
        groups.map(list -> list.stream().map(NetworkPath::group).toList()).orElse(List.of()));
  }

  /** The table associated with the subnet, else the VPC's main table. */
  private static Optional<RouteTable> tableOf(String subnetId, List<RouteTable> tables) {
    for (RouteTable table : tables) {
      for (RouteTableAssociation association : table.associations()) {
        if (subnetId.equals(association.subnetId())) {
          return Optional.of(table);
        }
      }
    }
    return tables.stream()
        .filter(t -> t.associations().stream().anyMatch(a -> Boolean.TRUE.equals(a.main())))
        .findFirst();
  }

  private static String defaultRoute(RouteTable table) {
    for (Route route : table.routes()) {
      if (!"0.0.0.0/0".equals(route.destinationCidrBlock())) {
        continue;
      }
      if ("blackhole".equalsIgnoreCase(route.stateAsString())) {
        return "blackhole";
      }
      if (route.natGatewayId() != null) {
        return "nat";
      }
      if (route.gatewayId() != null && route.gatewayId().startsWith("igw-")) {
        return "internet_gateway";
      }
      if (route.transitGatewayId() != null) {
        return "transit_gateway";
      }
      return "other";
    }
    return "none";
  }

  /**
   * {@code nat} when every subnet has a default route (NAT, transit gateway, or an appliance),
   * {@code internet_gateway} when every one goes to an internet gateway, {@code vpc_endpoints} when
   * some subnet has no default route but the VPC has endpoints, {@code none} when it has neither.
   */
  private static String egress(
      List<NetworkView.SubnetView> subnets, boolean endpointsRead, List<String> services) {
    if (subnets.stream().anyMatch(s -> s.defaultRoute().equals(UNKNOWN))) {
      return UNKNOWN;
    }
    boolean someWithoutRoute =
        subnets.stream().anyMatch(s -> Set.of("none", "blackhole").contains(s.defaultRoute()));
    if (!someWithoutRoute) {
      return subnets.stream().allMatch(s -> s.defaultRoute().equals("internet_gateway"))
          ? "internet_gateway"
          : "nat";
    }
    if (!endpointsRead) {
      return UNKNOWN;
    }
    return services.isEmpty() ? "none" : "vpc_endpoints";
  }

  /** {@code com.amazonaws.us-east-1.logs} becomes {@code logs}. */
  private static String shortName(String serviceName, String region) {
    String prefix = "com.amazonaws." + region + ".";
    return serviceName.startsWith(prefix) ? serviceName.substring(prefix.length()) : serviceName;
  }

  private static NetworkView.SecurityGroupView group(SecurityGroup group) {
    boolean https = false;
    boolean httpsRule = false;
    List<String> open = new ArrayList<>();
    for (IpPermission permission : group.ipPermissionsEgress()) {
      String protocol =
          permission.ipProtocol() == null ? "" : permission.ipProtocol().toLowerCase(Locale.ROOT);
      boolean all = protocol.equals("-1") || protocol.equals("all");
      boolean tcp443 =
          (protocol.equals("tcp") || protocol.equals("6"))
              && permission.fromPort() != null
              && permission.toPort() != null
              && permission.fromPort() <= 443
              && permission.toPort() >= 443;
      if ((all || tcp443) && hasDestination(permission)) {
        https = true;
        httpsRule |= tcp443;
      }
      if (all) {
        permission.ipRanges().stream()
            .map(IpRange::cidrIp)
            .filter("0.0.0.0/0"::equals)
            .forEach(open::add);
        permission.ipv6Ranges().stream()
            .map(Ipv6Range::cidrIpv6)
            .filter("::/0"::equals)
            .forEach(open::add);
      }
    }
    return new NetworkView.SecurityGroupView(
        group.groupId(),
        Optional.ofNullable(group.groupName()),
        https,
        httpsRule,
        List.copyOf(open),
        group.ipPermissions().size());
  }

  private static boolean hasDestination(IpPermission permission) {
    return !permission.ipRanges().isEmpty()
        || !permission.ipv6Ranges().isEmpty()
        || !permission.prefixListIds().isEmpty()
        || !permission.userIdGroupPairs().isEmpty();
  }
}
