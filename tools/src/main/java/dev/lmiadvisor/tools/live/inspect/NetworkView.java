package dev.lmiadvisor.tools.live.inspect;

import java.util.List;
import java.util.Optional;

/**
 * The network of the capacity provider as EC2 described it: where each subnet's default route goes,
 * which VPC endpoints exist, and what the security groups let out.
 *
 * @param egress how instances reach AWS APIs: {@code nat}, {@code internet_gateway}, {@code
 *     vpc_endpoints}, {@code none}, or {@code unknown} when a read was refused
 * @param endpointServices the short names of the VPC's available endpoints ({@code logs}, {@code
 *     s3}, ...)
 */
public record NetworkView(
    Optional<String> vpcId,
    List<SubnetView> subnets,
    int availabilityZones,
    List<String> endpointServices,
    String egress,
    List<SecurityGroupView> securityGroups) {

  /**
   * @param defaultRoute where {@code 0.0.0.0/0} goes: {@code nat}, {@code internet_gateway}, {@code
   *     transit_gateway}, {@code other}, {@code blackhole} or {@code none}; {@code unknown} when
   *     the route tables could not be read
   * @param routeTableId the table in effect (explicitly associated, else the VPC's main table)
   */
  public record SubnetView(
      String subnetId,
      Optional<String> availabilityZoneId,
      Optional<String> routeTableId,
      String defaultRoute,
      Optional<Boolean> mapPublicIpOnLaunch,
      Optional<Integer> availableIpAddresses) {}

  /**
   * @param httpsEgress whether some egress rule lets TCP 443 out
   * @param httpsRule whether a TCP rule covering port 443 exists besides any all-traffic rule
   * @param allTrafficEgress the destinations open to every protocol and port ({@code 0.0.0.0/0},
   *     {@code ::/0})
   * @param inboundRules how many inbound permissions the group has (LMI needs none)
   */
  public record SecurityGroupView(
      String groupId,
      Optional<String> groupName,
      boolean httpsEgress,
      boolean httpsRule,
      List<String> allTrafficEgress,
      int inboundRules) {}
}
