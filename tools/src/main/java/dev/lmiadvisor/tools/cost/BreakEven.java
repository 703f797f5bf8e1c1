package dev.lmiadvisor.tools.cost;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Solves {@code C_std(N) = C_lmi(N)} for the monthly request volume N where the two bills meet, for
 * a fixed LMI fleet (cost reference, section {@code break-even}: {@code N* = F / (d * M/1024 *
 * P_gbs * (1 - s_L))} without free tier or tiers).
 *
 * <p>Both bills are linear in N between a few breakpoints (end of the free tier, duration tier
 * boundaries), so the difference {@code D(N) = C_std(N) - C_lmi(N)} is piecewise linear: it starts
 * at {@code -F < 0}, may fall while the free tier lasts, then rises for ever. The root is found in
 * closed form on the segment where D changes sign; nothing is searched numerically.
 */
final class BreakEven {

  private BreakEven() {}

  /**
   * @param difference D(N)
   * @param breakpoints volumes where D may change slope, in any order
   * @return the smallest N at which D stops being negative
   */
  static double solve(DoubleUnaryOperator difference, double[] breakpoints) {
    double[] points =
        Arrays.stream(breakpoints)
            .filter(p -> p > 0 && Double.isFinite(p))
            .sorted()
            .distinct()
            .toArray();
    double previous = 0;
    double atPrevious = difference.applyAsDouble(0);
    if (atPrevious >= 0) {
      return 0;
    }
    for (double next : points) {
      double atNext = difference.applyAsDouble(next);
      if (atNext >= 0) {
        return crossing(previous, atPrevious, next, atNext);
      }
      previous = next;
      atPrevious = atNext;
    }
    // Past the last breakpoint D is a straight line; its slope comes from two points on it.
    double step = Math.max(previous, 1_000_000);
    double further = previous + step;
    double atFurther = difference.applyAsDouble(further);
    if (atFurther <= atPrevious) {
      throw new IllegalStateException("standard Lambda never catches up with the LMI fleet");
    }
    return crossing(previous, atPrevious, further, atFurther);
  }

  private static double crossing(double x0, double y0, double x1, double y1) {
    return x0 + (-y0) * (x1 - x0) / (y1 - y0);
  }
}
