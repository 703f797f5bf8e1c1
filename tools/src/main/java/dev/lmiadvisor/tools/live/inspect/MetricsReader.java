package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.MetricReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

/**
 * Reads the last {@link #HOURS} hours of the deployment's metrics in one GetMetricData call:
 * invocations, throttles and the throttle reasons of each function, and the provider's CPU (the
 * highest series across its instance types, found with a SEARCH because the developer guide lists
 * the dimensions but not how they are combined).
 */
final class MetricsReader {

  static final int HOURS = 24;
  static final int PERIOD_SECONDS = 3600;

  /** The throttle-reason metrics of LMI; for every throttle exactly one of them is 1. */
  static final List<String> THROTTLE_REASONS =
      List.of("ConcurrencyThrottles", "CPUThrottles", "MemoryThrottles", "DiskThrottles");

  private final MetricReader reader;

  MetricsReader(MetricReader reader) {
    this.reader = reader;
  }

  Optional<RecentMetrics> read(ProviderView provider, List<FunctionView> functions, Instant now) {
    Instant end = now.truncatedTo(ChronoUnit.HOURS);
    Instant start = end.minus(Duration.ofHours(HOURS));
    List<MetricDataQuery> queries = new ArrayList<>();
    for (int i = 0; i < functions.size(); i++) {
      String name = functions.get(i).name();
      queries.add(
          MetricReader.stat("inv" + i, "Invocations", "FunctionName", name, "Sum", PERIOD_SECONDS));
      queries.add(
          MetricReader.stat("thr" + i, "Throttles", "FunctionName", name, "Sum", PERIOD_SECONDS));
      for (int r = 0; r < THROTTLE_REASONS.size(); r++) {
        queries.add(
            MetricReader.stat(
                "why" + i + "_" + r,
                THROTTLE_REASONS.get(r),
                "FunctionName",
                name,
                "Sum",
                PERIOD_SECONDS));
      }
    }
    queries.add(
        MetricReader.expression(
            "cpu",
            "MAX(SEARCH('{AWS/Lambda,CapacityProviderName,InstanceType} MetricName=\"CPUUtilization\""
                + " CapacityProviderName=\""
                + provider.name()
                + "\"', 'Average', "
                + PERIOD_SECONDS
                + "))",
            PERIOD_SECONDS));
    Optional<Map<String, MetricReader.Series>> read =
        reader.read(provider.name(), start, end, queries);
    return read.map(series -> metrics(functions, series));
  }

  private static RecentMetrics metrics(
      List<FunctionView> functions, Map<String, MetricReader.Series> series) {
    List<RecentMetrics.FunctionMetrics> perFunction = new ArrayList<>();
    for (int i = 0; i < functions.size(); i++) {
      long invocations = Math.round(series.get("inv" + i).sum());
      long throttles = Math.round(series.get("thr" + i).sum());
      List<RecentMetrics.ThrottleReason> reasons = new ArrayList<>();
      for (int r = 0; r < THROTTLE_REASONS.size(); r++) {
        long count = Math.round(series.get("why" + i + "_" + r).sum());
        if (count > 0) {
          reasons.add(new RecentMetrics.ThrottleReason(THROTTLE_REASONS.get(r), count));
        }
      }
      reasons.sort(Comparator.comparingLong(RecentMetrics.ThrottleReason::count).reversed());
      double rate =
          invocations + throttles == 0 ? 0 : 100.0 * throttles / (invocations + throttles);
      perFunction.add(
          new RecentMetrics.FunctionMetrics(
              functions.get(i).name(),
              invocations,
              throttles,
              Math.round(rate * 100) / 100.0,
              reasons));
    }
    return new RecentMetrics(HOURS, perFunction, series.get("cpu").max());
  }
}
