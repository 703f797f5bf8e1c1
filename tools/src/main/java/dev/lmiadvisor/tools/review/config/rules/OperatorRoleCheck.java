package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Intrinsic;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CFG-OPERATOR-TRUST and CFG-OPERATOR-POLICY: the role Lambda assumes to launch the provider's EC2
 * instances. A service principal without {@code aws:SourceAccount} or {@code aws:SourceArn} in the
 * trust policy is open to the confused deputy problem (<a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html">IAM: the confused
 * deputy problem</a>, as of 2026-11-21); the role normally carries the {@code
 * AWSLambdaManagedEC2ResourceOperator} managed policy.
 */
final class OperatorRoleCheck implements TemplateCheck {

  private static final String MANAGED_POLICY = "AWSLambdaManagedEC2ResourceOperator";

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    Template t = template.template();
    for (CapacityProvider provider : template.providers()) {
      Optional<Resource> role =
          provider
              .operatorRole()
              .flatMap(t::referencedResource)
              .filter(r -> r.is(ResourceTypes.IAM_ROLE));
      role.ifPresent(r -> checkRole(t, provider, r, findings));
    }
  }

  private void checkRole(
      Template template, CapacityProvider provider, Resource role, Findings findings) {
    for (Mapping statement : statements(role.properties().get("AssumeRolePolicyDocument"))) {
      boolean allows =
          statement
              .get("Effect")
              .flatMap(template::text)
              .map("Allow"::equalsIgnoreCase)
              .orElse(false);
      if (!allows) {
        continue;
      }
      List<String> keys = conditionKeys(statement);
      if (!keys.contains("aws:sourceaccount") && !keys.contains("aws:sourcearn")) {
        findings.add(
            ConfigurationRule.OPERATOR_TRUST_CONDITION,
            role.logicalId(),
            statement.line(),
            "The trust policy of operator role %s (capacity provider %s) has no aws:SourceAccount or aws:SourceArn condition, so the service could be made to act for another account (confused deputy)."
                .formatted(role.logicalId(), provider.id()),
            "Add Condition: StringEquals: aws:SourceAccount: !Ref AWS::AccountId, and ArnLike: aws:SourceArn: arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:capacity-provider:*.");
      }
    }
    boolean managedPolicy =
        role.properties()
            .get("ManagedPolicyArns")
            .filter(Sequence.class::isInstance)
            .map(
                n ->
                    ((Sequence) n).items().stream().anyMatch(OperatorRoleCheck::namesManagedPolicy))
            .orElse(false);
    if (!managedPolicy) {
      findings.add(
          ConfigurationRule.OPERATOR_MANAGED_POLICY,
          role.logicalId(),
          role.lineOf("ManagedPolicyArns"),
          "Operator role %s does not attach the %s managed policy; Lambda needs equivalent EC2 permissions to launch and manage the instances."
              .formatted(role.logicalId(), MANAGED_POLICY),
          "Add arn:${AWS::Partition}:iam::aws:policy/%s to ManagedPolicyArns, or make sure your own policy grants the same."
              .formatted(MANAGED_POLICY));
    }
  }

  private static boolean namesManagedPolicy(TemplateNode node) {
    return switch (node) {
      case Scalar s -> s.text().contains(MANAGED_POLICY);
      case Intrinsic i -> namesManagedPolicy(i.argument());
      case Sequence seq -> seq.items().stream().anyMatch(OperatorRoleCheck::namesManagedPolicy);
      default -> false;
    };
  }

  private static List<Mapping> statements(Optional<TemplateNode> document) {
    List<Mapping> result = new ArrayList<>();
    if (document.isEmpty() || !(document.get() instanceof Mapping doc)) {
      return result;
    }
    switch (doc.get("Statement").orElse(null)) {
      case Sequence seq ->
          seq.items().stream()
              .filter(Mapping.class::isInstance)
              .map(Mapping.class::cast)
              .forEach(result::add);
      case Mapping single -> result.add(single);
      case null, default -> {}
    }
    return result;
  }

  /** Condition keys of a statement, lower-cased (IAM condition keys are case-insensitive). */
  private static List<String> conditionKeys(Mapping statement) {
    List<String> keys = new ArrayList<>();
    statement
        .mapping("Condition")
        .ifPresent(
            condition -> {
              for (Mapping.Entry operator : condition.entries()) {
                if (operator.value() instanceof Mapping tests) {
                  tests.entries().forEach(e -> keys.add(e.key().toLowerCase(Locale.ROOT)));
                }
              }
            });
    return keys;
  }
}
