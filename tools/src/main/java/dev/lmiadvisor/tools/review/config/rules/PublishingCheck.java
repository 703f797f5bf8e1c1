package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;

/**
 * CFG-NOT-PUBLISHED: an LMI function serves only published versions; an unqualified invoke goes to
 * {@code $LATEST.PUBLISHED}, never to {@code $LATEST} (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-version-publishing.html">$LATEST.PUBLISHED
 * version in Lambda Managed Instances</a>, as of 2026-11-21). A template publishes with {@code
 * PublishToLatestPublished: true} (CloudFormation, passed through by SAM), SAM's {@code
 * AutoPublishAlias}, or an {@code AWS::Lambda::Version} resource.
 *
 * <p>CloudFormation creates {@code $LATEST.PUBLISHED} when it creates an LMI function; the rule is
 * about every later deployment, so it is a warning, and only information for a fragment (the
 * version resource may be elsewhere in the template).
 */
final class PublishingCheck implements TemplateCheck {

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    if (template.shape() == TemplateShape.PROPERTIES) {
      return; // a properties fragment shows some blocks, not whether the function is published
    }
    Template t = template.template();
    for (LambdaFunction function : template.lmiFunctions()) {
      boolean published =
          function.get("PublishToLatestPublished").flatMap(t::bool).orElse(false)
              || (function.sam() && function.get("AutoPublishAlias").isPresent())
              || hasVersionResource(t, function);
      if (published) {
        continue;
      }
      boolean explicitFalse = function.get("PublishToLatestPublished").isPresent();
      findings.add(
          ConfigurationRule.NOT_PUBLISHED,
          template.isFragment() ? Severity.INFO : Severity.WARNING,
          function.id(),
          explicitFalse ? function.lineOf("PublishToLatestPublished") : function.resource().line(),
          (explicitFalse
                  ? "PublishToLatestPublished is false"
                  : "Nothing in this template publishes a version of this function")
              + "; LMI serves only published versions ($LATEST.PUBLISHED or numbered versions),"
              + " so code and configuration changes stay unserved until something publishes them.",
          function.sam()
              ? "Set PublishToLatestPublished: true, or AutoPublishAlias (for example live) to publish a numbered version on every change."
              : "Set PublishToLatestPublished: true (the API equivalent is PublishTo: LATEST_PUBLISHED), or add an AWS::Lambda::Version resource.");
    }
  }

  private static boolean hasVersionResource(Template template, LambdaFunction function) {
    for (Resource version : template.resourcesOfType(ResourceTypes.LAMBDA_VERSION)) {
      boolean pointsHere =
          version
              .properties()
              .get("FunctionName")
              .flatMap(Template::referencedId)
              .filter(id -> id.equals(function.id()))
              .isPresent();
      if (pointsHere) {
        return true;
      }
    }
    return false;
  }
}
