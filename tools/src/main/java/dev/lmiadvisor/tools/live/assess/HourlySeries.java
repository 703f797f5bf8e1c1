package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.live.MetricReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A function's metrics hour by hour over the data window, one slot per hour. Lambda publishes no
 * Invocations datapoint for an hour in which the function was not invoked, so an empty slot counts
 * as zero invocations; the other statistics stay unknown (null) there.
 */
final class HourlySeries {

  final Instant start;
  final int hours;
  final double[] invocations;
  final boolean[] reported;
  final Double[] avgDurationMs;
  final Double[] p99DurationMs;
  final Double[] maxConcurrency;
  final double[] throttles;
  final double[] errors;

  private HourlySeries(Instant start, int hours) {
    this.start = start;
    this.hours = hours;
    this.invocations = new double[hours];
    this.reported = new boolean[hours];
    this.avgDurationMs = new Double[hours];
    this.p99DurationMs = new Double[hours];
    this.maxConcurrency = new Double[hours];
    this.throttles = new double[hours];
    this.errors = new double[hours];
  }

  /** Query ids of the hourly GetMetricData queries. */
  static final String INVOCATIONS = "invocations";

  static final String DURATION_AVG = "duration_avg";
  static final String DURATION_P99 = "duration_p99";
  static final String CONCURRENCY = "concurrency_max";
  static final String THROTTLES = "throttles";
  static final String ERRORS = "errors";

  static HourlySeries of(Instant start, int hours, Map<String, MetricReader.Series> series) {
    HourlySeries h = new HourlySeries(start, hours);
    fill(
        h,
        series.get(INVOCATIONS),
        (i, v) -> {
          h.invocations[i] += v;
          h.reported[i] = true;
        });
    fill(h, series.get(DURATION_AVG), (i, v) -> h.avgDurationMs[i] = v);
    fill(h, series.get(DURATION_P99), (i, v) -> h.p99DurationMs[i] = v);
    fill(h, series.get(CONCURRENCY), (i, v) -> h.maxConcurrency[i] = v);
    fill(h, series.get(THROTTLES), (i, v) -> h.throttles[i] += v);
    fill(h, series.get(ERRORS), (i, v) -> h.errors[i] += v);
    return h;
  }

  private interface Slot {
    void put(int hour, double value);
  }

  private static void fill(HourlySeries h, MetricReader.Series series, Slot slot) {
    if (series == null) {
      return;
    }
    for (Map.Entry<Instant, Double> point : series.byTime().entrySet()) {
      long hour = Duration.between(h.start, point.getKey()).toHours();
      if (hour >= 0 && hour < h.hours && point.getValue() != null) {
        slot.put((int) hour, point.getValue());
      }
    }
  }

  Instant hourStart(int hour) {
    return start.plus(Duration.ofHours(hour));
  }

  double totalInvocations() {
    double total = 0;
    for (double v : invocations) {
      total += v;
    }
    return total;
  }

  int hoursWithData() {
    int n = 0;
    for (boolean r : reported) {
      n += r ? 1 : 0;
    }
    return n;
  }
}
