package dev.lmiadvisor.tools.live.inspect;

import java.util.List;
import java.util.Optional;

/**
 * What CloudWatch recorded over the last {@code hours} hours, at hourly resolution.
 *
 * @param functions per attached function: invocations, throttles, and the throttle reasons LMI
 *     publishes (one of them is 1 for every throttle)
 * @param providerCpuMaxPct the highest hourly average of the provider's CPUUtilization, across its
 *     instance types; empty when no datapoint was published
 */
public record RecentMetrics(
    int hours, List<FunctionMetrics> functions, Optional<Double> providerCpuMaxPct) {

  /**
   * @param throttleReasons counts of ConcurrencyThrottles, CPUThrottles, MemoryThrottles and
   *     DiskThrottles, largest first, those above zero only
   */
  public record FunctionMetrics(
      String function,
      long invocations,
      long throttles,
      double throttleRatePct,
      List<ThrottleReason> throttleReasons) {}

  public record ThrottleReason(String metric, long count) {}
}
