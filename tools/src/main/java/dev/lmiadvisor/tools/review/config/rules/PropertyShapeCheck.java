package dev.lmiadvisor.tools.review.config.rules;

import static dev.lmiadvisor.tools.review.config.template.ResourceTypes.LAMBDA_CAPACITY_PROVIDER;
import static dev.lmiadvisor.tools.review.config.template.ResourceTypes.LAMBDA_FUNCTION;
import static dev.lmiadvisor.tools.review.config.template.ResourceTypes.SERVERLESS_CAPACITY_PROVIDER;
import static dev.lmiadvisor.tools.review.config.template.ResourceTypes.SERVERLESS_FUNCTION;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import dev.lmiadvisor.tools.vocabulary.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CFG-PROPERTY-SHAPE: the LMI blocks of functions and capacity providers use the property names of
 * their own dialect. SAM and CloudFormation name the same settings differently, and older guidance
 * mixes them (for example {@code LambdaManagedInstancesCapacityProviderConfig} inside a SAM
 * function, or {@code TargetResourceUtilization}, which is no field at all).
 *
 * <p>Sources: <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-capacityprovider.html">AWS::Lambda::CapacityProvider</a>,
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-lambdamanagedinstancescapacityproviderconfig.html">LambdaManagedInstancesCapacityProviderConfig</a>,
 * <a
 * href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-capacityprovider.html">AWS::Serverless::CapacityProvider</a>,
 * <a
 * href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-capacityproviderconfig.html">SAM
 * CapacityProviderConfig</a> (all as of 2026-11-21).
 */
final class PropertyShapeCheck implements TemplateCheck {

  private static final String CPU_POLICY_HINT = "there is no TargetResourceUtilization field; ";

  /**
   * One mapping whose keys are known.
   *
   * @param path keys from the resource's Properties to the block; empty for Properties itself
   * @param allowed property names the block accepts
   * @param misplaced names that belong elsewhere, with what to write instead
   * @param required names that must be present
   * @param unknownSeverity severity for a name that is neither allowed nor misplaced (top-level
   *     blocks gain properties over time, so an unknown name there is only a warning)
   */
  private record Block(
      String resourceType,
      List<String> path,
      Set<String> allowed,
      Map<String, String> misplaced,
      Set<String> required,
      Severity unknownSeverity) {}

  private static final Set<String> FUNCTION_SCALING =
      Set.of("MinExecutionEnvironments", "MaxExecutionEnvironments");
  private static final Set<String> VPC = Set.of("SubnetIds", "SecurityGroupIds");

  private static final List<Block> BLOCKS =
      List.of(
          new Block(
              SERVERLESS_FUNCTION,
              List.of("CapacityProviderConfig"),
              Set.of("Arn", LambdaFunction.RATIO, LambdaFunction.CONCURRENCY),
              Map.of(
                  LambdaFunction.CFN_INNER_BLOCK,
                  "that nesting is CloudFormation's; in SAM put Arn, "
                      + LambdaFunction.RATIO
                      + " and "
                      + LambdaFunction.CONCURRENCY
                      + " directly under CapacityProviderConfig",
                  "CapacityProviderArn",
                  "SAM calls it Arn"),
              Set.of("Arn"),
              Severity.ERROR),
          new Block(
              SERVERLESS_FUNCTION,
              List.of("FunctionScalingConfig"),
              FUNCTION_SCALING,
              Map.of(),
              Set.of(),
              Severity.ERROR),
          new Block(
              LAMBDA_FUNCTION,
              List.of("CapacityProviderConfig"),
              Set.of(LambdaFunction.CFN_INNER_BLOCK),
              Map.of(
                  "Arn",
                  "CloudFormation nests it: LambdaManagedInstancesCapacityProviderConfig:"
                      + " CapacityProviderArn",
                  LambdaFunction.RATIO,
                  "CloudFormation nests it under LambdaManagedInstancesCapacityProviderConfig",
                  LambdaFunction.CONCURRENCY,
                  "CloudFormation nests it under LambdaManagedInstancesCapacityProviderConfig"),
              Set.of(LambdaFunction.CFN_INNER_BLOCK),
              Severity.ERROR),
          new Block(
              LAMBDA_FUNCTION,
              List.of("CapacityProviderConfig", LambdaFunction.CFN_INNER_BLOCK),
              Set.of("CapacityProviderArn", LambdaFunction.RATIO, LambdaFunction.CONCURRENCY),
              Map.of("Arn", "CloudFormation calls it CapacityProviderArn"),
              Set.of("CapacityProviderArn"),
              Severity.ERROR),
          new Block(
              LAMBDA_FUNCTION,
              List.of("FunctionScalingConfig"),
              FUNCTION_SCALING,
              Map.of(),
              Set.of(),
              Severity.ERROR),
          new Block(
              SERVERLESS_CAPACITY_PROVIDER,
              List.of(),
              Set.of(
                  "CapacityProviderName",
                  "VpcConfig",
                  "OperatorRole",
                  "Tags",
                  "PropagateTags",
                  "InstanceRequirements",
                  "ScalingConfig",
                  "KmsKeyArn",
                  "LoggingConfig",
                  "ManagedResourceTags"),
              Map.of(
                  "PermissionsConfig", "SAM takes the role ARN as OperatorRole",
                  "CapacityProviderScalingConfig", "SAM calls it ScalingConfig"),
              Set.of("VpcConfig"),
              Severity.WARNING),
          new Block(
              SERVERLESS_CAPACITY_PROVIDER,
              List.of("VpcConfig"),
              VPC,
              Map.of(),
              Set.of("SubnetIds"),
              Severity.ERROR),
          new Block(
              SERVERLESS_CAPACITY_PROVIDER,
              List.of("InstanceRequirements"),
              Set.of("Architectures", "AllowedTypes", "ExcludedTypes"),
              Map.of(
                  "AllowedInstanceTypes", "SAM calls it AllowedTypes",
                  "ExcludedInstanceTypes", "SAM calls it ExcludedTypes"),
              Set.of(),
              Severity.ERROR),
          new Block(
              SERVERLESS_CAPACITY_PROVIDER,
              List.of("ScalingConfig"),
              Set.of("MaxVCpuCount", "AverageCPUUtilization"),
              Map.of(
                  "ScalingMode",
                  "SAM derives the mode: AverageCPUUtilization selects Manual scaling",
                  "ScalingPolicies",
                  "SAM takes the CPU target as AverageCPUUtilization",
                  "TargetResourceUtilization",
                  CPU_POLICY_HINT + "SAM takes the CPU target as AverageCPUUtilization"),
              Set.of(),
              Severity.ERROR),
          new Block(
              LAMBDA_CAPACITY_PROVIDER,
              List.of(),
              Set.of(
                  "CapacityProviderName",
                  "CapacityProviderScalingConfig",
                  "InstanceRequirements",
                  "KmsKeyArn",
                  "PermissionsConfig",
                  "PropagateTags",
                  "Tags",
                  "VpcConfig",
                  "TelemetryConfig"),
              Map.of(
                  "OperatorRole",
                  "CloudFormation takes the role as PermissionsConfig: CapacityProviderOperatorRoleArn",
                  "ScalingConfig",
                  "CloudFormation calls it CapacityProviderScalingConfig"),
              Set.of("VpcConfig", "PermissionsConfig"),
              Severity.WARNING),
          new Block(
              LAMBDA_CAPACITY_PROVIDER,
              List.of("VpcConfig"),
              VPC,
              Map.of(),
              Set.of("SubnetIds"),
              Severity.ERROR),
          new Block(
              LAMBDA_CAPACITY_PROVIDER,
              List.of("PermissionsConfig"),
              Set.of("CapacityProviderOperatorRoleArn"),
              Map.of(
                  "InstanceProfileArn",
                  "the API has no instance profile; give the operator role as"
                      + " CapacityProviderOperatorRoleArn"),
              Set.of("CapacityProviderOperatorRoleArn"),
              Severity.ERROR),
          new Block(
              LAMBDA_CAPACITY_PROVIDER,
              List.of("InstanceRequirements"),
              Set.of("Architectures", "AllowedInstanceTypes", "ExcludedInstanceTypes"),
              Map.of(
                  "AllowedTypes", "CloudFormation calls it AllowedInstanceTypes",
                  "ExcludedTypes", "CloudFormation calls it ExcludedInstanceTypes"),
              Set.of(),
              Severity.ERROR),
          new Block(
              LAMBDA_CAPACITY_PROVIDER,
              List.of("CapacityProviderScalingConfig"),
              Set.of("MaxVCpuCount", "ScalingMode", "ScalingPolicies"),
              Map.of(
                  "AverageCPUUtilization",
                  "that is SAM's shortcut; in CloudFormation set ScalingMode: Manual and"
                      + " ScalingPolicies with PredefinedMetricType"
                      + " LambdaCapacityProviderAverageCPUUtilization and a TargetValue",
                  "TargetResourceUtilization",
                  CPU_POLICY_HINT
                      + "set ScalingMode: Manual and ScalingPolicies with PredefinedMetricType"
                      + " LambdaCapacityProviderAverageCPUUtilization and a TargetValue"),
              Set.of(),
              Severity.ERROR));

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    for (Resource resource : template.template().resources()) {
      for (Block block : BLOCKS) {
        if (resource.is(block.resourceType())) {
          checkBlock(template, resource, block, findings);
        }
      }
    }
  }

  private void checkBlock(
      ReviewedTemplate template, Resource resource, Block block, Findings findings) {
    Optional<TemplateNode> node =
        block.path().isEmpty()
            ? Optional.of(resource.properties())
            : resource.properties().at(block.path().toArray(String[]::new));
    if (node.isEmpty() || !(node.get() instanceof Mapping mapping)) {
      return;
    }
    String where = block.path().isEmpty() ? "Properties" : String.join(".", block.path());
    for (Mapping.Entry entry : mapping.entries()) {
      String key = entry.key();
      if (block.allowed().contains(key)) {
        continue;
      }
      String hint = block.misplaced().get(key);
      if (hint != null) {
        findings.add(
            ConfigurationRule.PROPERTY_SHAPE,
            resource.logicalId(),
            entry.keyLine(),
            "%s.%s is not a property of %s: %s.".formatted(where, key, resource.type(), hint),
            "Rename or move %s as described, then validate with `sam validate --lint` or cfn-lint."
                .formatted(key));
      } else {
        findings.add(
            ConfigurationRule.PROPERTY_SHAPE,
            block.unknownSeverity(),
            resource.logicalId(),
            entry.keyLine(),
            "%s.%s is not a known property of %s.%s"
                .formatted(where, key, resource.type(), suggestion(key, block.allowed())),
            "Use one of: " + String.join(", ", block.allowed().stream().sorted().toList()) + ".");
      }
    }
    boolean topLevelOfPartialFragment =
        block.path().isEmpty() && template.shape() == TemplateShape.PROPERTIES;
    if (topLevelOfPartialFragment) {
      return;
    }
    for (String required : block.required()) {
      if (!mapping.has(required) && !misplacedPresent(mapping, block)) {
        findings.add(
            ConfigurationRule.PROPERTY_SHAPE,
            resource.logicalId(),
            mapping.line(),
            "%s of %s %s is missing the required property %s."
                .formatted(where, resource.type(), resource.logicalId(), required),
            "Add %s under %s.".formatted(required, where));
      }
    }
  }

  /** A misplaced spelling was already reported; do not also report the property as missing. */
  private static boolean misplacedPresent(Mapping mapping, Block block) {
    return block.misplaced().keySet().stream().anyMatch(mapping::has);
  }

  /**
   * A property name within a few edits of the misspelt one (a quarter of its length, at least 2).
   */
  private static String suggestion(String key, Set<String> allowed) {
    return Suggestions.closest(key, allowed, 1, Math.max(2, key.length() / 4)).stream()
        .map(best -> " Did you mean " + best + "?")
        .findFirst()
        .orElse("");
  }
}
