package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.tools.review.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the findings of one code review; one finding per rule, line and subject. */
public final class CodeFindings {

  private final List<ThreadSafetyFinding> findings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  public void add(ThreadSafetyRule rule, int line, String message, String fix) {
    add(rule, rule.severity(), line, message, fix);
  }

  public void add(ThreadSafetyRule rule, Severity severity, int line, String message, String fix) {
    if (seen.add(rule.id() + "@" + line + ":" + message)) {
      findings.add(new ThreadSafetyFinding(rule.id(), severity, line, message, fix));
    }
  }

  public List<ThreadSafetyFinding> sorted() {
    return findings.stream()
        .sorted(
            Comparator.comparing(ThreadSafetyFinding::severity)
                .thenComparingInt(ThreadSafetyFinding::line)
                .thenComparing(ThreadSafetyFinding::ruleId))
        .toList();
  }
}
