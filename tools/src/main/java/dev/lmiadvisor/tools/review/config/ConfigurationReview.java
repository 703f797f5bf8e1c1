package dev.lmiadvisor.tools.review.config;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import java.util.List;

/**
 * The result of reviewing one template.
 *
 * @param format the format the template was read as
 * @param shape a whole template or a fragment; {@code null} when the text could not be parsed
 * @param findings most severe first, then in template order
 */
public record ConfigurationReview(
    TemplateFormat format, TemplateShape shape, List<ConfigurationFinding> findings) {

  public ConfigurationReview {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
