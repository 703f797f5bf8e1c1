package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.Finding;
import dev.lmiadvisor.tools.live.FixCommands;
import dev.lmiadvisor.tools.live.LiveRule;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operator role: it exists, Lambda may assume it (with the confused-deputy condition), and it
 * holds the AWSLambdaManagedEC2ResourceOperator policy (Lambda operator role for Lambda Managed
 * Instances, developer guide, as of 2026-12-01).
 */
final class RoleChecks {

  static final String MANAGED_POLICY = "AWSLambdaManagedEC2ResourceOperator";

  private RoleChecks() {}

  static List<Finding> check(ProviderView provider, OperatorRoleView role) {
    List<Finding> findings = new ArrayList<>();
    Optional<String> account = provider.accountId();
    String[] trustFix =
        account
            .map(a -> new String[] {FixCommands.operatorTrust(role.roleName(), a)})
            .orElse(new String[0]);
    if (!role.exists()) {
      findings.add(
          Finding.of(
              LiveRule.OPERATOR_ROLE_MISSING,
              role.roleArn(),
              "The capacity provider's operator role does not exist, so Lambda cannot manage its"
                  + " instances. Create the role with a trust policy for lambda.amazonaws.com and"
                  + " the AWSLambdaManagedEC2ResourceOperator managed policy (infrastructure-setup"
                  + " reference); the provider keeps the role ARN it was created with."));
      return findings;
    }
    if (role.trustsLambda().isPresent() && !role.trustsLambda().get()) {
      findings.add(
          Finding.of(
              LiveRule.OPERATOR_TRUST_MISSING,
              role.roleName(),
              "The operator role's trust policy has no Allow statement for the service"
                  + " lambda.amazonaws.com and sts:AssumeRole, so Lambda cannot assume it to"
                  + " launch and manage the provider's instances.",
              trustFix));
    } else if (role.trustsLambda().orElse(false)
        && role.trustConditionKeys().stream()
            .noneMatch(
                k ->
                    k.equalsIgnoreCase("aws:SourceAccount")
                        || k.equalsIgnoreCase("aws:SourceArn"))) {
      findings.add(
          Finding.of(
              ConfigurationRule.OPERATOR_TRUST_CONDITION,
              role.roleName(),
              "The trust policy lets lambda.amazonaws.com assume the role without aws:SourceAccount"
                  + " or aws:SourceArn, so Lambda acting for another account could too (the"
                  + " confused-deputy problem). Add the aws:SourceAccount condition.",
              trustFix));
    }
    if (role.attachedPolicies().isPresent()
        && !role.attachedPolicies().get().contains(MANAGED_POLICY)) {
      Finding finding =
          Finding.of(
              ConfigurationRule.OPERATOR_MANAGED_POLICY,
              role.roleName(),
              "The operator role does not have the AWSLambdaManagedEC2ResourceOperator managed"
                  + " policy. Unless an inline policy grants the same EC2 permissions, Lambda cannot"
                  + " launch the instances.",
              FixCommands.attachOperatorPolicy(role.roleName()));
      findings.add(
          "Active".equals(provider.state()) ? finding : finding.withSeverity(Severity.WARNING));
    }
    return findings;
  }
}
