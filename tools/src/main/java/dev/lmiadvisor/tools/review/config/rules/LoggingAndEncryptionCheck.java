package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Intrinsic;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import java.util.Optional;

/**
 * CFG-LOG-RETENTION, CFG-LOG-KMS and CFG-PROVIDER-KMS, from the skill's security considerations
 * ("Set CloudWatch Log group retention policies", "CloudWatch Logs encryption (KMS)"; aws/agent-
 * toolkit-for-aws @d6ad2e44, as of 2026-11-21). A log group that Lambda creates on first write
 * never expires; declaring it in the template sets {@code RetentionInDays} and {@code KmsKeyId} (<a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html">AWS::Logs::LogGroup</a>).
 * These are information: they need the whole template, and nothing breaks without them.
 */
final class LoggingAndEncryptionCheck implements TemplateCheck {

  private static final String LAMBDA_LOG_PREFIX = "/aws/lambda/";

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    if (template.shape() == TemplateShape.PROPERTIES) {
      return;
    }
    Template t = template.template();
    if (template.shape() == TemplateShape.TEMPLATE) {
      for (LambdaFunction function : template.lmiFunctions()) {
        checkLogGroup(t, function, findings);
      }
    }
    for (CapacityProvider provider : template.providers()) {
      if (provider.properties().get("KmsKeyArn").isEmpty()) {
        findings.add(
            ConfigurationRule.PROVIDER_KMS,
            provider.id(),
            provider.resource().line(),
            "Capacity provider %s sets no KmsKeyArn, so its instances' EBS volumes are encrypted with an AWS managed key."
                .formatted(provider.id()),
            "Set KmsKeyArn to a customer managed key with rotation if your data needs a key you control.");
      }
    }
  }

  private void checkLogGroup(Template template, LambdaFunction function, Findings findings) {
    Optional<Resource> group =
        function
            .properties()
            .at("LoggingConfig", "LogGroup")
            .flatMap(template::referencedResource)
            .filter(r -> r.is(ResourceTypes.LOG_GROUP))
            .or(() -> defaultLogGroup(template, function));
    if (group.isEmpty()) {
      findings.add(
          ConfigurationRule.LOG_RETENTION,
          function.id(),
          function.resource().line(),
          "No log group for %s is declared in the template; the one Lambda creates keeps logs forever."
              .formatted(function.id()),
          "Declare an AWS::Logs::LogGroup named /aws/lambda/<function name> (or set LoggingConfig.LogGroup) with RetentionInDays and KmsKeyId.");
      return;
    }
    Resource logGroup = group.get();
    if (!logGroup.properties().has("RetentionInDays")) {
      findings.add(
          ConfigurationRule.LOG_RETENTION,
          logGroup.logicalId(),
          logGroup.line(),
          "Log group %s of %s has no RetentionInDays, so its logs never expire."
              .formatted(logGroup.logicalId(), function.id()),
          "Set RetentionInDays (for example 30 or 90, as your audit rules require).");
    }
    if (!logGroup.properties().has("KmsKeyId")) {
      findings.add(
          ConfigurationRule.LOG_ENCRYPTION,
          logGroup.logicalId(),
          logGroup.line(),
          "Log group %s of %s is not encrypted with a KMS key."
              .formatted(logGroup.logicalId(), function.id()),
          "Set KmsKeyId to a customer managed key whose policy allows logs.<region>.amazonaws.com.");
    }
  }

  /** A log group named /aws/lambda/ + the function's name, written the same way. */
  private static Optional<Resource> defaultLogGroup(Template template, LambdaFunction function) {
    Optional<String> functionName =
        function.get("FunctionName").flatMap(LoggingAndEncryptionCheck::literalOrSub);
    for (Resource candidate : template.resourcesOfType(ResourceTypes.LOG_GROUP)) {
      Optional<String> name =
          candidate
              .properties()
              .get("LogGroupName")
              .flatMap(LoggingAndEncryptionCheck::literalOrSub);
      if (name.isEmpty()) {
        continue;
      }
      boolean byName =
          functionName.filter(n -> name.get().equals(LAMBDA_LOG_PREFIX + n)).isPresent();
      boolean byReference = name.get().equals(LAMBDA_LOG_PREFIX + "${" + function.id() + "}");
      if (byName || byReference) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A plain string, or the template string of a {@code !Sub}. */
  private static Optional<String> literalOrSub(TemplateNode node) {
    return switch (node) {
      case Scalar s -> Optional.of(s.text().strip());
      case Intrinsic i when i.function().equals("Fn::Sub") ->
          switch (i.argument()) {
            case Scalar s -> Optional.of(s.text().strip());
            case Sequence seq
                when !seq.items().isEmpty() && seq.items().getFirst() instanceof Scalar s ->
                Optional.of(s.text().strip());
            default -> Optional.empty();
          };
      default -> Optional.empty();
    };
  }
}
