package dev.lmiadvisor.tools.cost;

import java.util.List;

/**
 * compare_costs' answer: both monthly bills, which is cheaper and by how much, the volume at which
 * they meet, and the dates and sources of the prices used.
 *
 * @param cheaper {@code lmi} or {@code standard_lambda} (standard Lambda on a tie: nothing to
 *     migrate)
 * @param savingsPct how much less the cheaper option costs, percent of the dearer one
 * @param breakEvenMonthlyRequests where both bills are equal for this LMI fleet; below it standard
 *     Lambda is cheaper, above it LMI
 * @param breakEvenRequestsPerSecond the same as a steady rate over a 730-hour month
 * @param pricesAsOf the price table's date, or the live fetch date
 */
public record CostComparison(
    String region,
    String architecture,
    long monthlyRequests,
    StandardLambdaCost standardLambda,
    LmiCost lmi,
    String cheaper,
    double savingsPct,
    long breakEvenMonthlyRequests,
    double breakEvenRequestsPerSecond,
    Discounts discounts,
    boolean includeFreeTier,
    String pricesAsOf,
    String priceTableVersion,
    List<String> assumptions,
    List<String> warnings) {

  public CostComparison {
    assumptions = List.copyOf(assumptions);
    warnings = List.copyOf(warnings);
  }

  public boolean lmiCheaper() {
    return "lmi".equals(cheaper);
  }
}
