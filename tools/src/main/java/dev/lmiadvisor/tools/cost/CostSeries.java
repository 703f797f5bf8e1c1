package dev.lmiadvisor.tools.cost;

import java.util.List;

/**
 * The data of the break-even chart: the monthly bill of standard Lambda and of the LMI fleet
 * against monthly requests, from zero to past both the asked-for volume and the break-even, for the
 * savings plan asked and, when one was asked, without it (on demand) for comparison.
 *
 * <p>Every point is the cost model's own value at that volume, for the same fleet compare_costs
 * priced (the fleet stays fixed along the axis, as the break-even assumes). Both bills are
 * piecewise linear in the volume, and the points include every volume where a bill changes slope
 * (end of the free tier, duration tiers), so straight lines between the points are exact.
 *
 * @param fromMonthlyRequests the start of the axis (0)
 * @param toMonthlyRequests the end of the axis: a round number at least 1.5 times the larger of the
 *     asked-for volume and the break-even
 * @param askedMonthlyRequests the volume compare_costs was asked about
 * @param lines one line per option and savings plan
 * @param breakEvens where the two options meet, one per savings plan, the asked plan first (the
 *     same volume as compare_costs' {@code break_even_monthly_requests})
 */
public record CostSeries(
    long fromMonthlyRequests,
    long toMonthlyRequests,
    long askedMonthlyRequests,
    List<Line> lines,
    List<BreakEvenMark> breakEvens) {

  public CostSeries {
    lines = List.copyOf(lines);
    breakEvens = List.copyOf(breakEvens);
  }

  /**
   * @param option {@code standard_lambda} or {@code lmi}
   * @param savingsPlan the commitment scenario these costs assume
   * @param asAsked true for the lines priced exactly as compare_costs was asked
   * @param label what a legend calls the line
   */
  public record Line(
      String option, SavingsPlan savingsPlan, boolean asAsked, String label, List<Point> points) {
    public Line {
      points = List.copyOf(points);
    }
  }

  /** One volume and the month's bill at it, rounded to the cent. */
  public record Point(long monthlyRequests, double monthlyUsd) {}

  /**
   * @param monthlyUsd what both options cost at that volume, rounded to the cent
   */
  public record BreakEvenMark(
      SavingsPlan savingsPlan, boolean asAsked, long monthlyRequests, double monthlyUsd) {}
}
