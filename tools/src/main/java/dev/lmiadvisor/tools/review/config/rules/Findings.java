package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationFinding;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the findings of one review. */
public final class Findings {

  private final Set<ConfigurationFinding> findings = new LinkedHashSet<>();

  public void add(ConfigurationRule rule, String resource, int line, String message, String fix) {
    add(rule, rule.severity(), resource, line, message, fix);
  }

  public void add(
      ConfigurationRule rule,
      Severity severity,
      String resource,
      int line,
      String message,
      String fix) {
    findings.add(new ConfigurationFinding(rule.id(), severity, resource, line, message, fix));
  }

  /** Most severe first, then in template order. */
  public List<ConfigurationFinding> sorted() {
    return findings.stream()
        .sorted(
            Comparator.comparing(ConfigurationFinding::severity)
                .thenComparingInt(ConfigurationFinding::line)
                .thenComparing(ConfigurationFinding::ruleId))
        .toList();
  }
}
