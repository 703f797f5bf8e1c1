package dev.lmiadvisor.tools.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * Reads metrics from the {@code AWS/Lambda} namespace with GetMetricData, oldest datapoint first,
 * following the next token up to the page limit. CloudWatch publishes no datapoint for a period in
 * which nothing was recorded (Lambda sends Invocations only when there were some), so a missing
 * hour is not an error: callers decide what it means.
 */
public final class MetricReader {

  public static final String NAMESPACE = "AWS/Lambda";

  private final AccountCalls calls;
  private final CloudWatchClient cloudWatch;

  public MetricReader(AccountCalls calls, CloudWatchClient cloudWatch) {
    this.calls = calls;
    this.cloudWatch = cloudWatch;
  }

  /**
   * One metric's datapoints, oldest first.
   *
   * @param complete false when CloudWatch said {@code PartialData} and the page limit stopped the
   *     reading
   */
  public record Series(String id, List<Instant> timestamps, List<Double> values, boolean complete) {

    public double sum() {
      return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    public Optional<Double> max() {
      return values.stream().max(Double::compare);
    }

    /** The value at each timestamp. */
    public Map<Instant, Double> byTime() {
      Map<Instant, Double> map = new LinkedHashMap<>();
      for (int i = 0; i < timestamps.size() && i < values.size(); i++) {
        map.put(timestamps.get(i), values.get(i));
      }
      return map;
    }
  }

  /** A statistic of an {@code AWS/Lambda} metric with one dimension. */
  public static MetricDataQuery stat(
      String id,
      String metric,
      String dimension,
      String value,
      String statistic,
      int periodSeconds) {
    return MetricDataQuery.builder()
        .id(id)
        .metricStat(
            MetricStat.builder()
                .metric(
                    Metric.builder()
                        .namespace(NAMESPACE)
                        .metricName(metric)
                        .dimensions(Dimension.builder().name(dimension).value(value).build())
                        .build())
                .period(periodSeconds)
                .stat(statistic)
                .build())
        .returnData(true)
        .build();
  }

  /** A metric math expression, such as a SEARCH over dimension combinations. */
  public static MetricDataQuery expression(String id, String expression, int periodSeconds) {
    return MetricDataQuery.builder()
        .id(id)
        .expression(expression)
        .period(periodSeconds)
        .returnData(true)
        .build();
  }

  /**
   * @param target what the metrics are about, for the report
   * @return the series by query id, or empty when the call was refused or failed
   */
  public Optional<Map<String, Series>> read(
      String target, Instant start, Instant end, List<MetricDataQuery> queries) {
    Map<String, List<Instant>> times = new LinkedHashMap<>();
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, Boolean> complete = new LinkedHashMap<>();
    for (MetricDataQuery query : queries) {
      times.put(query.id(), new ArrayList<>());
      values.put(query.id(), new ArrayList<>());
      complete.put(query.id(), true);
    }
    String token = null;
    for (int page = 0; page < calls.maxPages(); page++) {
      CallResult<GetMetricDataResponse> result =
          calls.call(
              AwsOperation.GET_METRIC_DATA,
              target,
              GetMetricDataRequest.builder()
                  .startTime(start)
                  .endTime(end)
                  .metricDataQueries(queries)
                  .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                  .nextToken(token)
                  .build(),
              cloudWatch::getMetricData);
      if (result.value().isEmpty()) {
        if (page == 0) {
          return Optional.empty();
        }
        complete.replaceAll((id, done) -> false);
        break;
      }
      for (MetricDataResult r : result.value().get().metricDataResults()) {
        if (!times.containsKey(r.id())) {
          continue;
        }
        times.get(r.id()).addAll(r.timestamps());
        values.get(r.id()).addAll(r.values());
        complete.put(r.id(), !"PartialData".equals(r.statusCodeAsString()));
      }
      token = result.value().get().nextToken();
      if (token == null || token.isEmpty()) {
        break;
      }
    }
    Map<String, Series> series = new LinkedHashMap<>();
    for (String id : times.keySet()) {
      series.put(
          id,
          new Series(
              id, List.copyOf(times.get(id)), List.copyOf(values.get(id)), complete.get(id)));
    }
    return Optional.of(series);
  }
}
