package dev.lmiadvisor.tools.review.config;

import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.config.rules.TemplateChecks;
import dev.lmiadvisor.tools.review.config.template.JsonTemplateReader;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateSyntaxException;
import dev.lmiadvisor.tools.review.config.template.YamlTemplateReader;
import java.util.List;
import java.util.Optional;

/**
 * Reviews a SAM or CloudFormation template (YAML or JSON) for Lambda Managed Instances: sizing,
 * architecture, scaling, publishing, networking, IAM, secrets and logging. Both dialects are read:
 * {@code AWS::Serverless::CapacityProvider} with {@code CapacityProviderConfig} on {@code
 * AWS::Serverless::Function}, and {@code AWS::Lambda::CapacityProvider} with {@code
 * AWS::Lambda::Function}. Fragments (some resources, or one resource's properties) are reviewed for
 * what they show. The rules are listed in {@link ConfigurationRule}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigurationReviewer {

  /**
   * @param template the template text
   * @param format {@code yaml} or {@code json}; detected from the text when empty
   * @return the findings; a template that is not valid YAML or JSON gives one {@code
   *     CFG-PARSE-ERROR} finding with the line of the problem
   * @throws IllegalArgumentException when the text is empty, too long, names an unknown format, or
   *     parses but is not a template at all
   */
  public ConfigurationReview review(String template, Optional<String> format) {
    ReviewInput.require("template", template);
    TemplateFormat chosen = TemplateFormat.of(format, template);
    TemplateNode root;
    try {
      root =
          chosen == TemplateFormat.JSON
              ? JsonTemplateReader.read(template)
              : YamlTemplateReader.read(template);
    } catch (TemplateSyntaxException e) {
      return new ConfigurationReview(chosen, null, List.of(parseError(chosen, e)));
    }
    Template parsed = Template.of(root);
    return new ConfigurationReview(chosen, parsed.shape(), TemplateChecks.run(parsed));
  }

  private static ConfigurationFinding parseError(TemplateFormat format, TemplateSyntaxException e) {
    return new ConfigurationFinding(
        ConfigurationRule.PARSE_ERROR.id(),
        ConfigurationRule.PARSE_ERROR.severity(),
        ConfigurationFinding.TEMPLATE,
        e.line(),
        "The template is not valid %s: %s (line %d, column %d)."
            .formatted(format.name(), e.getMessage(), e.line(), e.column()),
        format == TemplateFormat.YAML
            ? "Fix the syntax at that line (indentation with spaces, a space after each colon, quotes around values that start with * or @), then review again."
            : "Fix the JSON syntax at that line (commas between members, double-quoted keys, no trailing commas), then review again.");
  }
}
