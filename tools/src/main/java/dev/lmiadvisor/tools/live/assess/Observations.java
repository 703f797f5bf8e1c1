package dev.lmiadvisor.tools.live.assess;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the hourly series into the window with its gaps, the metrics and the daily totals. */
final class Observations {

  /** Hours in the month of the cost model (AWS pricing pages use 730). */
  static final double HOURS_PER_MONTH = 730;

  private Observations() {}

  static DataWindow window(HourlySeries h, Instant end, int days) {
    List<DataWindow.Gap> gaps = new ArrayList<>();
    int count = 0;
    int i = 0;
    while (i < h.hours) {
      if (h.reported[i]) {
        i++;
        continue;
      }
      int from = i;
      while (i < h.hours && !h.reported[i]) {
        i++;
      }
      count++;
      if (gaps.size() < DataWindow.MAX_GAPS_LISTED) {
        gaps.add(new DataWindow.Gap(h.hourStart(from), h.hourStart(i), i - from));
      }
    }
    return new DataWindow(h.start, end, days, h.hours, h.hoursWithData(), gaps, count);
  }

  static ObservedMetrics metrics(HourlySeries h, Optional<Double> windowP99) {
    double total = h.totalInvocations();
    double weighted = 0;
    double weight = 0;
    double peakConcurrency = -1;
    double p99Hourly = -1;
    double throttles = 0;
    double errors = 0;
    for (int i = 0; i < h.hours; i++) {
      if (h.avgDurationMs[i] != null && h.invocations[i] > 0) {
        weighted += h.avgDurationMs[i] * h.invocations[i];
        weight += h.invocations[i];
      }
      if (h.maxConcurrency[i] != null) {
        peakConcurrency = Math.max(peakConcurrency, h.maxConcurrency[i]);
      }
      if (h.p99DurationMs[i] != null) {
        p99Hourly = Math.max(p99Hourly, h.p99DurationMs[i]);
      }
      throttles += h.throttles[i];
      errors += h.errors[i];
    }
    TrafficShape shape = TrafficShape.of(h);
    double p99 = p99Hourly;
    return new ObservedMetrics(
        Math.round(total),
        Math.round(total * HOURS_PER_MONTH / h.hours),
        weight == 0 ? Optional.empty() : Optional.of(round(weighted / weight)),
        windowP99.or(() -> p99 < 0 ? Optional.empty() : Optional.of(p99)).map(Observations::round),
        peakConcurrency < 0 ? Optional.empty() : Optional.of((int) Math.ceil(peakConcurrency)),
        Math.round(throttles),
        Math.round(errors),
        pct(throttles, total + throttles),
        pct(errors, total),
        shape.pattern(),
        shape.peakToMean(),
        shape.idleHoursPct(),
        shape.burstRatio(),
        shape.reason());
  }

  static List<DailyTotals> daily(HourlySeries h) {
    Map<LocalDate, double[]> days = new LinkedHashMap<>();
    for (int i = 0; i < h.hours; i++) {
      LocalDate date = h.hourStart(i).atOffset(ZoneOffset.UTC).toLocalDate();
      double[] d = days.computeIfAbsent(date, k -> new double[] {0, 0, 0, -1});
      d[0] += h.invocations[i];
      d[1] += h.errors[i];
      d[2] += h.throttles[i];
      if (h.maxConcurrency[i] != null) {
        d[3] = Math.max(d[3], h.maxConcurrency[i]);
      }
    }
    List<DailyTotals> totals = new ArrayList<>();
    days.forEach(
        (date, d) ->
            totals.add(
                new DailyTotals(
                    date,
                    Math.round(d[0]),
                    Math.round(d[1]),
                    Math.round(d[2]),
                    d[3] < 0 ? Optional.empty() : Optional.of((int) Math.ceil(d[3])))));
    return totals;
  }

  private static double pct(double part, double whole) {
    return whole == 0 ? 0 : Math.round(part / whole * 10_000) / 100.0;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
