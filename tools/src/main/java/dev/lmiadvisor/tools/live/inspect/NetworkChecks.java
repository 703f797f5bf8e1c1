package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.Finding;
import dev.lmiadvisor.tools.live.FixCommands;
import dev.lmiadvisor.tools.live.LiveRule;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The network as routed: an egress path for the instances (NAT, endpoints, or an internet gateway),
 * HTTPS out, no inbound rules (infrastructure-setup reference, egress and security groups, from
 * Networking for Lambda Managed Instances, as of 2026-11-21).
 */
final class NetworkChecks {

  private NetworkChecks() {}

  static List<Finding> check(ProviderView provider, NetworkView network, String region) {
    List<Finding> findings = new ArrayList<>();
    List<String> withoutRoute =
        network.subnets().stream()
            .filter(s -> Set.of("none", "blackhole").contains(s.defaultRoute()))
            .map(NetworkView.SubnetView::subnetId)
            .toList();
    String vpc = network.vpcId().orElse("the VPC");
    if (network.egress().equals("none")) {
      findings.add(
          Finding.of(
              LiveRule.NO_EGRESS_PATH,
              vpc,
              ("Subnets %s have no route for 0.0.0.0/0 (no NAT gateway) and %s has no VPC"
                      + " endpoints, so the instances cannot reach AWS APIs and telemetry goes"
                      + " nowhere. Add a route to a NAT gateway in each zone, or create the"
                      + " endpoints the functions use; the command below creates the CloudWatch"
                      + " Logs endpoint.")
                  .formatted(String.join(", ", withoutRoute), vpc),
              network.vpcId().isPresent()
                  ? new String[] {
                    FixCommands.logsEndpoint(
                        vpc, provider.subnetIds(), provider.securityGroupIds(), region)
                  }
                  : new String[0]));
    } else if (network.egress().equals("vpc_endpoints")
        && !network.endpointServices().contains("logs")) {
      findings.add(
          Finding.of(
                  LiveRule.NO_EGRESS_PATH,
                  vpc,
                  ("Subnets %s have no route for 0.0.0.0/0 and the VPC's endpoints (%s) do not"
                          + " include CloudWatch Logs: invocations may run while logs go nowhere.")
                      .formatted(
                          String.join(", ", withoutRoute),
                          String.join(", ", network.endpointServices())),
                  FixCommands.logsEndpoint(
                      vpc, provider.subnetIds(), provider.securityGroupIds(), region))
              .withSeverity(dev.lmiadvisor.tools.review.Severity.WARNING));
    }
    for (NetworkView.SubnetView subnet : network.subnets()) {
      if (subnet.defaultRoute().equals("internet_gateway")) {
        findings.add(
            Finding.of(
                LiveRule.PUBLIC_SUBNET,
                subnet.subnetId(),
                "The subnet's default route goes to an internet gateway: a public subnet, which AWS"
                    + " positions for development and test because instances there can receive"
                    + " connections from the internet. Use private subnets with NAT in production."));
      }
    }
    List<NetworkView.SecurityGroupView> groups = network.securityGroups();
    if (!groups.isEmpty()
        && groups.stream().noneMatch(NetworkView.SecurityGroupView::httpsEgress)) {
      NetworkView.SecurityGroupView first = groups.getFirst();
      findings.add(
          Finding.of(
              LiveRule.HTTPS_EGRESS_BLOCKED,
              first.groupId(),
              "No security group of the provider lets TCP 443 out, so the instances cannot reach"
                  + " the AWS endpoints (through NAT the destination is 0.0.0.0/0, with endpoints"
                  + " only it can be the endpoints' security group or the VPC CIDR).",
              FixCommands.httpsEgress(first.groupId(), region)));
    }
    for (NetworkView.SecurityGroupView group : groups) {
      if (!group.allTrafficEgress().isEmpty()) {
        List<String> fixes = new ArrayList<>();
        if (!group.httpsRule()) {
          fixes.add(FixCommands.httpsEgress(group.groupId(), region));
        }
        group
            .allTrafficEgress()
            .forEach(cidr -> fixes.add(FixCommands.revokeAllEgress(group.groupId(), cidr, region)));
        findings.add(
            Finding.of(
                ConfigurationRule.EGRESS_OPEN,
                group.groupId(),
                ("Egress is open on every port to %s. Allow TCP 443 only, plus one rule per"
                        + " dependency (a database port to its security group)%s.")
                    .formatted(
                        String.join(" and ", group.allTrafficEgress()),
                        group.httpsRule() ? "" : "; add the 443 rule before revoking the open one"),
                fixes.toArray(String[]::new)));
      }
      if (group.inboundRules() > 0) {
        findings.add(
            Finding.of(
                ConfigurationRule.INGRESS_OPEN,
                group.groupId(),
                ("The instances' security group has %d inbound rule(s). Invocations reach LMI"
                        + " through the Lambda service, not through inbound connections, so the"
                        + " group needs none.")
                    .formatted(group.inboundRules())));
      }
    }
    return findings;
  }
}
