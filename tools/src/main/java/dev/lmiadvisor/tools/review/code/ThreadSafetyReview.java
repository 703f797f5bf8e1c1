package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.List;

/**
 * The result of reviewing one handler file.
 *
 * @param findings most severe first, then by line
 */
public record ThreadSafetyReview(LambdaRuntime runtime, List<ThreadSafetyFinding> findings) {

  public ThreadSafetyReview {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
