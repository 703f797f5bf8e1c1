package dev.lmiadvisor.tools.live.inspect;

import java.util.List;
import java.util.Optional;

/**
 * Why a capacity provider or a published version is not Active, in the order of the troubleshooting
 * reference: the operator role first (Lambda assumes it to manage the instances), then the network
 * path, then the version's reason code. When nothing wrong is visible it says what to look at next,
 * and which reads AWS refused.
 */
final class LikelyCause {

  private LikelyCause() {}

  static Optional<String> of(
      ProviderView provider,
      List<FunctionView> functions,
      Optional<NetworkView> network,
      Optional<OperatorRoleView> role,
      List<String> missingPermissions) {
    boolean providerStuck =
        !"Active".equals(provider.state()) && !"Deleting".equals(provider.state());
    Optional<FunctionView> stuckVersion =
        functions.stream()
            .filter(FunctionView::published)
            .filter(f -> f.state().isPresent() && !f.state().get().equals("Active"))
            .findFirst();
    if (!providerStuck && stuckVersion.isEmpty()) {
      return Optional.empty();
    }
    String subject =
        providerStuck
            ? "The capacity provider is " + provider.state()
            : "Version %s of %s is %s"
                .formatted(
                    stuckVersion.get().version(),
                    stuckVersion.get().name(),
                    stuckVersion.get().state().get());
    Optional<String> cause =
        role(role)
            .or(() -> network(network))
            .or(() -> stuckVersion.flatMap(f -> f.stateReasonCode().flatMap(ReasonCodes::meaning)))
            .or(() -> sourceArnCondition(role));
    String unread =
        missingPermissions.isEmpty()
            ? ""
            : " Some of the deployment could not be read (grant "
                + String.join(", ", missingPermissions)
                + ").";
    if (cause.isPresent()) {
      return Optional.of(subject + ": " + cause.get() + "." + unread);
    }
    String next =
        "Failed".equals(provider.state())
            ? "nothing wrong is visible in what was read. A Failed provider usually had a bad subnet"
                + " or security group, an unusable operator role, or iam:CreateServiceLinkedRole"
                + " denied on the account's first provider; fix the cause and create a new provider"
            : "nothing wrong is visible in what was read. Look in CloudTrail for sts:AssumeRole"
                + " calls by lambda.amazonaws.com on the operator role that were denied, and for a"
                + " role created seconds before the provider; a first publish takes several minutes";
    return Optional.of(subject + ": " + next + "." + unread);
  }

  private static Optional<String> role(Optional<OperatorRoleView> role) {
    if (role.isEmpty()) {
      return Optional.empty();
    }
    OperatorRoleView r = role.get();
    if (!r.exists()) {
      return Optional.of(
          "the operator role "
              + r.roleName()
              + " does not exist, so Lambda cannot manage instances");
    }
    if (r.trustsLambda().isPresent() && !r.trustsLambda().get()) {
      return Optional.of(
          "the operator role "
              + r.roleName()
              + " does not trust lambda.amazonaws.com, so Lambda cannot assume it to launch"
              + " instances");
    }
    if (r.attachedPolicies().isPresent()
        && !r.attachedPolicies().get().contains(RoleChecks.MANAGED_POLICY)) {
      return Optional.of(
          "the operator role "
              + r.roleName()
              + " lacks the AWSLambdaManagedEC2ResourceOperator policy, so Lambda may not launch"
              + " instances with it");
    }
    return Optional.empty();
  }

  private static Optional<String> network(Optional<NetworkView> network) {
    if (network.isEmpty()) {
      return Optional.empty();
    }
    NetworkView n = network.get();
    if (n.egress().equals("none")) {
      return Optional.of(
          "its subnets are private with neither a NAT gateway route nor VPC endpoints, so the"
              + " instances cannot reach AWS");
    }
    if (!n.securityGroups().isEmpty()
        && n.securityGroups().stream().noneMatch(NetworkView.SecurityGroupView::httpsEgress)) {
      return Optional.of(
          "its security groups let no TCP 443 out, so the instances cannot reach AWS endpoints");
    }
    return Optional.empty();
  }

  private static Optional<String> sourceArnCondition(Optional<OperatorRoleView> role) {
    return role.filter(
            r -> r.trustConditionKeys().stream().anyMatch(k -> k.equalsIgnoreCase("aws:SourceArn")))
        .map(
            r ->
                "the operator role's trust policy has an aws:SourceArn condition, and the value"
                    + " Lambda presents is not documented; try the trust policy with"
                    + " aws:SourceAccount only");
  }
}
