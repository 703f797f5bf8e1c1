package dev.lmiadvisor.tools.assessment;

import java.util.List;

/**
 * assess_workload's answer: a verdict, the signals behind it, and what is still unknown.
 *
 * @param missingSignals input fields not given that would sharpen the verdict
 * @param nextSteps what to do next, such as running compute_sizing and compare_costs
 */
public record Assessment(
    String verdict,
    String summary,
    List<SignalFinding> signals,
    List<String> missingSignals,
    List<String> nextSteps) {

  public Assessment {
    signals = List.copyOf(signals);
    missingSignals = List.copyOf(missingSignals);
    nextSteps = List.copyOf(nextSteps);
  }

  public boolean recommendsLmi() {
    return !Verdict.STANDARD_LAMBDA.id().equals(verdict);
  }
}
