package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import java.util.List;
import java.util.Optional;

/**
 * One problem found in a live deployment.
 *
 * @param ruleId {@code review_configuration}'s id where the rule is the same ({@code
 *     CFG-MEMORY-MIN}), else a {@code LIVE-} id ({@link LiveRule})
 * @param resource the capacity provider, function version, subnet, security group or role
 * @param message what is wrong, what AWS showed, and why it matters
 * @param fixCommand the first {@code aws ...} command of the fix, or empty when the fix is not one
 *     command (a new capacity provider, rebuilt code)
 * @param fixCommands every command of the fix, in order; each is one the sandbox ({@code
 *     run_aws_cli}) accepts, for a person to confirm
 */
public record Finding(
    String ruleId,
    Severity severity,
    String resource,
    String message,
    Optional<String> fixCommand,
    List<String> fixCommands) {

  public Finding {
    fixCommands = List.copyOf(fixCommands);
    fixCommand = fixCommands.isEmpty() ? Optional.empty() : Optional.of(fixCommands.getFirst());
  }

  public static Finding of(
      ConfigurationRule rule, String resource, String message, String... fixCommands) {
    return new Finding(
        rule.id(), rule.severity(), resource, message, Optional.empty(), List.of(fixCommands));
  }

  public static Finding of(LiveRule rule, String resource, String message, String... fixCommands) {
    return new Finding(
        rule.id(), rule.severity(), resource, message, Optional.empty(), List.of(fixCommands));
  }

  /** The same finding at another severity, when the context makes it matter more or less. */
  public Finding withSeverity(Severity other) {
    return new Finding(ruleId, other, resource, message, fixCommand, fixCommands);
  }
}
