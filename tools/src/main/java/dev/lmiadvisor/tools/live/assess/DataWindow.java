package dev.lmiadvisor.tools.live.assess;

import java.time.Instant;
import java.util.List;

/**
 * The hours the metrics cover, and the hours with no Invocations datapoint in them. Lambda
 * publishes no datapoint for an hour without invocations, so a gap is an idle hour or a function
 * that did not exist yet; either way it counts as zero traffic.
 *
 * @param hoursWithData hours with at least one invocation
 * @param gaps the runs of hours without data, oldest first, at most {@link #MAX_GAPS_LISTED}
 * @param gapCount how many runs there are in all
 */
public record DataWindow(
    Instant start,
    Instant end,
    int days,
    int hours,
    int hoursWithData,
    List<Gap> gaps,
    int gapCount) {

  public static final int MAX_GAPS_LISTED = 20;

  public DataWindow {
    gaps = List.copyOf(gaps);
  }

  /** A run of consecutive hours without an Invocations datapoint. */
  public record Gap(Instant start, Instant end, int hours) {}
}
