package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.assessment.Assessment;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.live.CallRecord;
import dev.lmiadvisor.tools.sizing.SizingResult;
import java.util.List;
import java.util.Optional;

/**
 * assess_function's answer: the function, the data window and its gaps, the metrics and traffic
 * shape, and what assess_workload, compute_sizing and compare_costs say on those numbers.
 *
 * @param assessment assess_workload on the observed signals
 * @param sizing compute_sizing for the observed peak, when the runtime runs on LMI
 * @param costs compare_costs on the observed volume, duration and memory, when there was traffic
 * @param pricesRegion the Region whose prices were used (us-east-1 stands in for a Region the
 *     embedded table does not price, and a note says so)
 * @param notes what limits the answer (an unsupported runtime, missing data, a stand-in Region)
 */
public record FunctionAssessment(
    String functionName,
    String region,
    Optional<FunctionSummary> function,
    DataWindow window,
    Optional<ObservedMetrics> metrics,
    List<DailyTotals> daily,
    Optional<Assessment> assessment,
    Optional<SizingResult> sizing,
    Optional<CostComparison> costs,
    String pricesRegion,
    List<String> notes,
    List<String> missingPermissions,
    List<CallRecord> calls,
    String auditId) {

  public FunctionAssessment {
    daily = List.copyOf(daily);
    notes = List.copyOf(notes);
    missingPermissions = List.copyOf(missingPermissions);
    calls = List.copyOf(calls);
  }
}
