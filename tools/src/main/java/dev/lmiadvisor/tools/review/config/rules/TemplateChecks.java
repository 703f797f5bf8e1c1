package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.ConfigurationFinding;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import java.util.List;

/** Every configuration check, run in one place and in a fixed order. */
public final class TemplateChecks {

  private static final List<TemplateCheck> CHECKS =
      List.of(
          new PropertyShapeCheck(),
          new RuntimeCheck(),
          new FunctionSizingCheck(),
          new ArchitectureCheck(),
          new ScalingCheck(),
          new PublishingCheck(),
          new NetworkCheck(),
          new OperatorRoleCheck(),
          new SecretsCheck(),
          new LoggingAndEncryptionCheck());

  private TemplateChecks() {}

  /** Runs every check over a parsed template. */
  public static List<ConfigurationFinding> run(Template parsed) {
    ReviewedTemplate template = new ReviewedTemplate(parsed);
    Findings findings = new Findings();
    if (parsed.shape().isFragment()) {
      findings.add(
          ConfigurationRule.FRAGMENT,
          ConfigurationFinding.TEMPLATE,
          1,
          parsed.shape() == TemplateShape.PROPERTIES
              ? "Reviewed as the properties of one %s: only the blocks shown were checked."
                  .formatted(parsed.resources().getFirst().type())
              : "Reviewed as resources without the rest of the template: references to other"
                  + " resources, log groups and publishing could not all be checked.",
          "Review the whole template for the complete set of checks.");
    }
    if (template.lmiFunctions().isEmpty() && template.providers().isEmpty()) {
      findings.add(
          ConfigurationRule.NO_LMI_RESOURCES,
          ConfigurationFinding.TEMPLATE,
          1,
          "No capacity provider and no function with CapacityProviderConfig: nothing here runs on"
              + " Lambda Managed Instances, so only the general checks ran.",
          "Add CapacityProviderConfig to the function (it cannot be added after the function"
              + " exists) and a capacity provider, or ignore this if the template is not meant for"
              + " LMI.");
    }
    for (TemplateCheck check : CHECKS) {
      check.check(template, findings);
    }
    return findings.sorted();
  }
}
