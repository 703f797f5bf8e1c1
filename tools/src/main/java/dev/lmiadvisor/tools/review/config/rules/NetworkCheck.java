package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * CFG-SUBNETS, CFG-EGRESS-OPEN, CFG-INGRESS-OPEN and CFG-FUNCTION-VPC: where the capacity
 * provider's instances live and what their security groups let through.
 *
 * <p>Publishing a version launches three instances for Availability Zone resiliency (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html">Scaling</a>),
 * so the provider needs subnets in three zones. A security group created without egress rules gets
 * rules that allow all outbound IPv4 and IPv6 traffic (<a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html">AWS::EC2::SecurityGroup</a>);
 * the skill's security considerations ask to scope egress to VPC endpoint security groups or AWS
 * prefix lists rather than 0.0.0.0/0 (all as of 2026-11-21).
 */
final class NetworkCheck implements TemplateCheck {

  private static final Set<String> ANYWHERE = Set.of("0.0.0.0/0", "::/0");
  private static final Set<String> ALL_PROTOCOLS = Set.of("-1", "all");

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    Template t = template.template();
    for (CapacityProvider provider : template.providers()) {
      checkSubnets(t, provider, findings);
      provider
          .securityGroupIds()
          .flatMap(n -> Values.items(t, n))
          .ifPresent(
              groups -> {
                for (TemplateNode group : groups) {
                  t.referencedResource(group)
                      .filter(r -> r.is(ResourceTypes.SECURITY_GROUP))
                      .ifPresent(sg -> checkSecurityGroup(t, provider, sg, findings));
                }
              });
    }
    for (LambdaFunction function : template.lmiFunctions()) {
      if (function.get("VpcConfig").isPresent()) {
        findings.add(
            ConfigurationRule.FUNCTION_VPC_CONFIG,
            function.id(),
            function.lineOf("VpcConfig"),
            "An LMI function runs in its capacity provider's VPC, subnets and security groups; a"
                + " function-level VpcConfig does not apply to it.",
            "Remove VpcConfig from the function and set the network on the capacity provider's"
                + " VpcConfig.");
      }
    }
  }

  private void checkSubnets(Template template, CapacityProvider provider, Findings findings) {
    Optional<TemplateNode> subnets = provider.subnetIds();
    if (subnets.isEmpty()) {
      return;
    }
    Optional<List<TemplateNode>> items = Values.items(template, subnets.get());
    if (items.isEmpty()) {
      return; // computed at deploy time (e.g. an un-defaulted List<AWS::EC2::Subnet::Id> parameter)
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (TemplateNode item : items.get()) {
      distinct.add(template.text(item).orElse(Template.referencedId(item).orElse(item.toString())));
    }
    if (distinct.size() < LmiLimits.RECOMMENDED_SUBNETS) {
      String via =
          template
              .resolve(subnets.get())
              .flatMap(Template.Resolved::viaParameter)
              .map(p -> " (the default of parameter " + p + ")")
              .orElse("");
      findings.add(
          ConfigurationRule.FEWER_THAN_THREE_SUBNETS,
          provider.id(),
          subnets.get().line(),
          "The capacity provider has %d distinct subnet%s%s; publishing a version launches three instances, one per Availability Zone, for resiliency."
              .formatted(distinct.size(), distinct.size() == 1 ? "" : "s", via),
          "List private subnets in at least three Availability Zones in VpcConfig.SubnetIds.");
    }
  }

  private void checkSecurityGroup(
      Template template, CapacityProvider provider, Resource group, Findings findings) {
    List<Rule> egress = new ArrayList<>(inlineRules(group, "SecurityGroupEgress"));
    List<Rule> ingress = new ArrayList<>(inlineRules(group, "SecurityGroupIngress"));
    for (Resource standalone : template.resources()) {
      boolean forThisGroup =
          standalone
              .properties()
              .get("GroupId")
              .flatMap(Template::referencedId)
              .filter(id -> id.equals(group.logicalId()))
              .isPresent();
      if (!forThisGroup) {
        continue;
      }
      if (standalone.is(ResourceTypes.SECURITY_GROUP_EGRESS)) {
        egress.add(new Rule(standalone.logicalId(), standalone.properties()));
      } else if (standalone.is(ResourceTypes.SECURITY_GROUP_INGRESS)) {
        ingress.add(new Rule(standalone.logicalId(), standalone.properties()));
      }
    }
    if (!group.properties().has("SecurityGroupEgress")) {
      findings.add(
          ConfigurationRule.EGRESS_OPEN,
          group.logicalId(),
          group.line(),
          "Security group %s (used by capacity provider %s) declares no SecurityGroupEgress, so EC2 adds rules that allow all outbound traffic to 0.0.0.0/0 and ::/0."
              .formatted(group.logicalId(), provider.id()),
          "Declare SecurityGroupEgress explicitly: TCP 443 to your VPC endpoints' security group or an AWS prefix list, plus what your function really calls.");
    }
    for (Rule rule : egress) {
      Optional<String> destination = openDestination(template, rule.properties());
      if (destination.isEmpty()) {
        continue;
      }
      boolean httpsOnly = isHttpsOnly(template, rule.properties());
      findings.add(
          ConfigurationRule.EGRESS_OPEN,
          httpsOnly ? Severity.INFO : Severity.WARNING,
          rule.resource(),
          rule.properties().line(),
          httpsOnly
              ? "Egress of %s allows HTTPS to %s%s. That is what NAT egress needs, but it reaches any host on the internet."
                  .formatted(
                      group.logicalId(),
                      destination.get(),
                      viaParameter(template, rule.properties()))
              : "Egress of %s allows %s to %s%s; the instances of capacity provider %s can reach any host on any port."
                  .formatted(
                      group.logicalId(),
                      describePorts(template, rule.properties()),
                      destination.get(),
                      viaParameter(template, rule.properties()),
                      provider.id()),
          "Scope egress to VPC endpoint security groups or AWS prefix lists (DestinationSecurityGroupId, DestinationPrefixListId), and to TCP 443 unless the function needs more.");
    }
    for (Rule rule : ingress) {
      Optional<String> source = openDestination(template, rule.properties());
      findings.add(
          ConfigurationRule.INGRESS_OPEN,
          source.isPresent() ? Severity.WARNING : Severity.INFO,
          rule.resource(),
          rule.properties().line(),
          source.isPresent()
              ? "Ingress of %s accepts traffic from %s; LMI instances need no inbound rules (invocations arrive through Lambda)."
                  .formatted(group.logicalId(), source.get())
              : "Ingress of %s has an inbound rule; LMI instances need no inbound rules (invocations arrive through Lambda)."
                  .formatted(group.logicalId()),
          "Remove the inbound rules from the capacity provider's security group.");
    }
  }

  /** One security group rule and the resource it is declared in. */
  private record Rule(String resource, Mapping properties) {}

  private static List<Rule> inlineRules(Resource group, String property) {
    List<Rule> rules = new ArrayList<>();
    group
        .properties()
        .get(property)
        .ifPresent(
            node -> {
              if (node instanceof TemplateNode.Sequence sequence) {
                for (TemplateNode item : sequence.items()) {
                  if (item instanceof Mapping rule) {
                    rules.add(new Rule(group.logicalId(), rule));
                  }
                }
              }
            });
    return rules;
  }

  private static Optional<String> openDestination(Template template, Mapping rule) {
    for (String key : List.of("CidrIp", "CidrIpv6")) {
      Optional<String> cidr = rule.get(key).flatMap(template::text).map(String::strip);
      if (cidr.isPresent() && ANYWHERE.contains(cidr.get())) {
        return cidr;
      }
    }
    return Optional.empty();
  }

  private static String viaParameter(Template template, Mapping rule) {
    for (String key : List.of("CidrIp", "CidrIpv6")) {
      Optional<String> parameter =
          rule.get(key).flatMap(template::resolve).flatMap(Template.Resolved::viaParameter);
      if (parameter.isPresent()) {
        return " (the default of parameter " + parameter.get() + ")";
      }
    }
    return "";
  }

  private static boolean isHttpsOnly(Template template, Mapping rule) {
    String protocol =
        rule.get("IpProtocol").flatMap(template::text).orElse("").strip().toLowerCase(Locale.ROOT);
    Optional<Double> from = rule.get("FromPort").flatMap(template::number);
    Optional<Double> to = rule.get("ToPort").flatMap(template::number);
    return (protocol.equals("tcp") || protocol.equals("6"))
        && from.filter(p -> p == 443).isPresent()
        && to.filter(p -> p == 443).isPresent();
  }

  private static String describePorts(Template template, Mapping rule) {
    String protocol =
        rule.get("IpProtocol")
            .flatMap(template::text)
            .orElse("-1")
            .strip()
            .toLowerCase(Locale.ROOT);
    if (ALL_PROTOCOLS.contains(protocol)) {
      return "all traffic";
    }
    String from = rule.get("FromPort").flatMap(template::text).orElse("?");
    String to = rule.get("ToPort").flatMap(template::text).orElse(from);
    return from.equals(to) ? protocol + " port " + from : protocol + " ports " + from + "-" + to;
  }
}
