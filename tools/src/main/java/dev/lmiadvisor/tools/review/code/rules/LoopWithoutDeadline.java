package dev.lmiadvisor.tools.review.code.rules;

import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import java.util.regex.Pattern;

/**
 * TS-NO-DEADLINE-CHECK: on LMI a timed-out invocation is reported failed while its code keeps
 * running (LMI runtime pages, as of 2026-11-21), so per-request code with a loop should check the
 * remaining time. Reported once, at the first loop, when no per-request code asks for the remaining
 * time at all.
 *
 * @param loop a loop statement of the language
 * @param deadline a call that reads the remaining time
 */
public record LoopWithoutDeadline(Pattern loop, Pattern deadline, String message, String fix)
    implements CodeRule {

  @Override
  public void check(HandlerModel file, CodeFindings findings) {
    boolean checksTime =
        file.perRequest().stream().anyMatch(f -> file.matchesIn(deadline, f).findAny().isPresent());
    if (checksTime) {
      return;
    }
    for (FunctionSpan function : file.perRequest()) {
      var first = file.matchesIn(loop, function).findFirst();
      if (first.isPresent()) {
        findings.add(
            ThreadSafetyRule.NO_DEADLINE_CHECK, file.line(first.get().start()), message, fix);
        return;
      }
    }
  }
}
