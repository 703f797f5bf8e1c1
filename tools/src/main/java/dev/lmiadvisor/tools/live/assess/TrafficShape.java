package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.assessment.TrafficPattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a function's traffic from its hourly metrics. The thresholds are LMI Advisor's, not
 * AWS's, chosen from what LMI does with each shape: instances bill while idle and do not scale to
 * zero (idle periods); scaling is asynchronous and may throttle traffic that more than doubles
 * within five minutes (bursts, seen across hours as a high peak-to-mean, and within the hour as a
 * peak concurrency far above the hour's average).
 *
 * @param peakToMean the busiest hour's invocations over the mean hour's
 * @param idleHoursPct the share of hours without a single invocation
 * @param burstRatio the median, over hours with at least one request in flight on average, of the
 *     hour's peak concurrency over its average concurrency; empty without such hours
 * @param reason which threshold decided, in words
 */
record TrafficShape(
    TrafficPattern pattern,
    double peakToMean,
    double idleHoursPct,
    Optional<Double> burstRatio,
    String reason) {

  /** A quarter of the hours without an invocation: the instances would often sit idle. */
  static final double IDLE_SHARE = 0.25;

  /** The busiest hour three times the mean hour. */
  static final double BURSTY_PEAK_TO_MEAN = 3.0;

  /** Within the hour, peak concurrency four times the average (bursts hourly data smooths). */
  static final double BURSTY_WITHIN_HOUR = 4.0;

  static TrafficShape of(HourlySeries h) {
    double total = h.totalInvocations();
    if (total == 0) {
      return new TrafficShape(
          TrafficPattern.IDLE_PERIODS, 0, 100, Optional.empty(), "no invocation in the window");
    }
    double mean = total / h.hours;
    double peak = 0;
    int idle = 0;
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < h.hours; i++) {
      peak = Math.max(peak, h.invocations[i]);
      if (h.invocations[i] == 0) {
        idle++;
      }
      if (h.avgDurationMs[i] != null && h.maxConcurrency[i] != null) {
        double average = h.invocations[i] * h.avgDurationMs[i] / 3_600_000.0;
        if (average >= 1) {
          ratios.add(h.maxConcurrency[i] / average);
        }
      }
    }
    double peakToMean = round(peak / mean);
    double idleShare = (double) idle / h.hours;
    Optional<Double> burst = median(ratios).map(TrafficShape::round);
    if (idleShare >= IDLE_SHARE) {
      return new TrafficShape(
          TrafficPattern.IDLE_PERIODS,
          peakToMean,
          round(idleShare * 100),
          burst,
          "%.0f%% of the hours had no invocation (idle_periods from %.0f%%)"
              .formatted(idleShare * 100, IDLE_SHARE * 100));
    }
    if (peakToMean >= BURSTY_PEAK_TO_MEAN) {
      return new TrafficShape(
          TrafficPattern.BURSTY,
          peakToMean,
          round(idleShare * 100),
          burst,
          "the busiest hour had %.1f times the mean hour's invocations (bursty from %.0f)"
              .formatted(peakToMean, BURSTY_PEAK_TO_MEAN));
    }
    if (burst.isPresent() && burst.get() >= BURSTY_WITHIN_HOUR) {
      return new TrafficShape(
          TrafficPattern.BURSTY,
          peakToMean,
          round(idleShare * 100),
          burst,
          ("within the typical hour, peak concurrency was %.1f times the hour's average (bursty"
                  + " from %.0f): LMI may throttle traffic that more than doubles within %d minutes")
              .formatted(burst.get(), BURSTY_WITHIN_HOUR, LmiLimits.TRAFFIC_DOUBLING_MINUTES));
    }
    return new TrafficShape(
        TrafficPattern.STEADY,
        peakToMean,
        round(idleShare * 100),
        burst,
        "the busiest hour had %.1f times the mean hour's invocations and few idle hours"
            .formatted(peakToMean));
  }

  private static Optional<Double> median(List<Double> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return Optional.of(
        sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
