package dev.lmiadvisor.tools.assessment;

import java.util.List;

/**
 * assess_workload's answer: a verdict, the signals behind it, and what is still unknown.
 *
 * @param missingSignals input fields not given that would sharpen the verdict
 * @param nextSteps what to do next, such as running compute_sizing and compare_costs; the first one
 *     is required before deciding whenever LMI is recommended
 * @param costCheck the break-even run with the given volume, duration and memory, or null when one
 *     of them is missing
 */
public record Assessment(
    String verdict,
    String summary,
    List<SignalFinding> signals,
    List<String> missingSignals,
    List<String> nextSteps,
    CostCheck costCheck) {

  public Assessment {
    signals = List.copyOf(signals);
    missingSignals = List.copyOf(missingSignals);
    nextSteps = List.copyOf(nextSteps);
  }

  public boolean recommendsLmi() {
    return !Verdict.STANDARD_LAMBDA.id().equals(verdict);
  }
}
