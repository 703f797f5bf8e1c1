package dev.lmiadvisor.server.tools.sizing;

import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.tools.assessment.ColdStartTolerance;
import dev.lmiadvisor.tools.assessment.ComputeNeed;
import dev.lmiadvisor.tools.assessment.Isolation;
import dev.lmiadvisor.tools.assessment.TrafficPattern;
import dev.lmiadvisor.tools.assessment.WorkloadSignals;
import dev.lmiadvisor.tools.cost.CostRequest;
import dev.lmiadvisor.tools.cost.SavingsPlan;
import dev.lmiadvisor.tools.sizing.SizingRequest;
import dev.lmiadvisor.tools.sizing.WorkloadKind;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.Locale;

/** Turns tool arguments into the domain requests; bad values become actionable errors. */
final class SizingArguments {

  /** The assess_workload value for a runtime LMI does not run. */
  static final String OTHER_RUNTIME = "other";

  private SizingArguments() {}

  static SizingRequest sizing(ToolRequest request) {
    return new SizingRequest(
        LambdaRuntime.parse(request.string("runtime")),
        request.optionalString("workload").map(WorkloadKind::parse).orElse(null),
        request.optionalInt("peak_concurrency").orElse(null),
        request.optionalDouble("peak_rps").orElse(null),
        request.optionalDouble("avg_duration_ms").orElse(null),
        request.optionalInt("memory_mb").orElse(null),
        request.optionalString("architecture").map(Architecture::parse).orElse(null),
        request.optionalString("environment").map(DeploymentEnvironment::parse).orElse(null),
        request.optionalString("region").orElse(null));
  }

  static CostRequest costs(ToolRequest request) {
    return new CostRequest(
        request
            .optionalLong("monthly_requests")
            .orElseThrow(() -> new IllegalArgumentException("'monthly_requests' is required")),
        request
            .optionalDouble("avg_duration_ms")
            .orElseThrow(() -> new IllegalArgumentException("'avg_duration_ms' is required")),
        request
            .optionalInt("memory_mb")
            .orElseThrow(() -> new IllegalArgumentException("'memory_mb' is required")),
        request.optionalString("architecture").map(Architecture::parse).orElse(null),
        request.optionalString("region").orElse(null),
        request.optionalString("instance_type").orElse(null),
        request.optionalInt("instance_count").orElse(null),
        request.optionalString("savings_plan").map(SavingsPlan::parse).orElse(null),
        request.optionalBoolean("include_free_tier").orElse(false),
        request.optionalString("runtime").map(LambdaRuntime::parse).orElse(null),
        request.optionalString("workload").map(WorkloadKind::parse).orElse(null),
        request.optionalInt("peak_concurrency").orElse(null));
  }

  static WorkloadSignals signals(ToolRequest request) {
    WorkloadSignals.Builder signals =
        WorkloadSignals.builder()
            .monthlyRequests(request.optionalLong("monthly_requests").orElse(null))
            .avgDurationMs(request.optionalDouble("avg_duration_ms").orElse(null))
            .memoryMb(request.optionalInt("memory_mb").orElse(null))
            .trafficPattern(
                request.optionalString("traffic_pattern").map(TrafficPattern::parse).orElse(null))
            .coldStarts(
                request.optionalString("cold_starts").map(ColdStartTolerance::parse).orElse(null))
            .needsScaleToZero(request.optionalBoolean("needs_scale_to_zero").orElse(null))
            .threadSafe(request.optionalBoolean("thread_safe").orElse(null))
            .monthlyLambdaSpendUsd(request.optionalDouble("monthly_lambda_spend_usd").orElse(null))
            .computeNeeds(
                request.optionalString("compute_needs").map(ComputeNeed::parse).orElse(null))
            .isolation(request.optionalString("isolation").map(Isolation::parse).orElse(null))
            .inVpc(request.optionalBoolean("in_vpc").orElse(null))
            .region(request.optionalString("region").orElse(null));
    request
        .optionalString("runtime")
        .ifPresent(
            runtime -> {
              if (OTHER_RUNTIME.equals(runtime.trim().toLowerCase(Locale.ROOT))) {
                signals.otherRuntime();
              } else {
                signals.runtime(LambdaRuntime.parse(runtime));
              }
            });
    return signals.build();
  }
}
