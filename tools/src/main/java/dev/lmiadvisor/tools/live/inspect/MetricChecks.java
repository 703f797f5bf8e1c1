package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.live.Finding;
import dev.lmiadvisor.tools.live.FixCommands;
import dev.lmiadvisor.tools.live.LiveRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Throttles and CPU over the hours read. Throttle fixes follow the reason metric LMI publishes
 * (Monitoring Lambda Managed Instances, as of 2026-11-21): memory throttles need more memory;
 * concurrency and CPU throttles need more execution environments ready before traffic doubles.
 */
final class MetricChecks {

  /** Provider CPU above this in an hour is worth a look (configuration guide, our threshold). */
  static final double CPU_HIGH_PCT = 80;

  private MetricChecks() {}

  static List<Finding> check(
      ProviderView provider, List<FunctionView> functions, RecentMetrics metrics, String region) {
    List<Finding> findings = new ArrayList<>();
    for (RecentMetrics.FunctionMetrics m : metrics.functions()) {
      if (m.throttles() == 0) {
        continue;
      }
      Optional<FunctionView> fn =
          functions.stream().filter(f -> f.name().equals(m.function())).findFirst();
      String reason = m.throttleReasons().isEmpty() ? "" : m.throttleReasons().getFirst().metric();
      List<String> fixes = new ArrayList<>();
      String advice;
      if (reason.equals("MemoryThrottles") && fn.flatMap(FunctionView::memoryMb).isPresent()) {
        int memory = Math.min(LmiLimits.MAX_MEMORY_MB, fn.get().memoryMb().get() * 2);
        advice =
            "Most were memory throttles: give each environment more memory (or lower concurrency).";
        fixes.add(FixCommands.memorySize(m.function(), memory, region));
        fixes.add(FixCommands.publish(m.function(), region));
      } else {
        advice =
            (reason.isEmpty() ? "" : "Most were " + reason + ". ")
                + "LMI scales asynchronously and may throttle when traffic more than doubles within"
                + " %d minutes: keep more execution environments ready (a higher floor), ramp"
                    .formatted(LmiLimits.TRAFFIC_DOUBLING_MINUTES)
                + " traffic gradually, or lower the provider's CPU target.";
        fn.filter(FunctionView::published)
            .ifPresent(
                f -> {
                  int min =
                      Math.max(
                          LmiLimits.DEFAULT_MIN_EXECUTION_ENVIRONMENTS,
                          2
                              * f.minExecutionEnvironments()
                                  .orElse(LmiLimits.DEFAULT_MIN_EXECUTION_ENVIRONMENTS));
                  fixes.add(
                      FixCommands.scalingFloor(
                          f.name(),
                          f.version(),
                          min,
                          f.maxExecutionEnvironments().orElse(min),
                          region));
                });
      }
      findings.add(
          Finding.of(
              LiveRule.THROTTLES,
              m.function(),
              "%,d invocations were throttled in the last %d hours (%.2f%% of requests). %s"
                  .formatted(m.throttles(), metrics.hours(), m.throttleRatePct(), advice),
              fixes.toArray(String[]::new)));
    }
    metrics
        .providerCpuMaxPct()
        .filter(cpu -> cpu > CPU_HIGH_PCT)
        .ifPresent(
            cpu ->
                findings.add(
                    Finding.of(
                        LiveRule.CPU_HIGH,
                        provider.name(),
                        ("The provider's CPUUtilization reached %.0f%% in an hour of the last %d"
                                + " hours. Check vCPUAvailable against MaxVCpuCount%s; lower the"
                                + " CPU target or raise the ceiling if the fleet cannot grow.")
                            .formatted(
                                cpu,
                                metrics.hours(),
                                provider.maxVcpuCount().map(v -> " (" + v + ")").orElse("")))));
    return findings;
  }
}
