package dev.lmiadvisor.tools.assessment;

/**
 * The break-even assess_workload runs itself when volume, duration and memory are known: the same
 * comparison compare_costs makes with its defaults (x86_64 on both sides, on demand, no free tier,
 * the fleet sized by compute_sizing).
 *
 * @param cheaper {@code lmi} or {@code standard_lambda} at the given volume
 * @param savingsPct how much less the cheaper option costs, percent of the dearer one
 * @param breakEvenMonthlyRequests the volume where both bills meet for this fleet: above it LMI is
 *     cheaper, below it standard Lambda; the number that would turn the cost signal around
 * @param pricesAsOf the date of the prices used
 */
public record CostCheck(
    long monthlyRequests,
    double standardLambdaMonthlyUsd,
    double lmiMonthlyUsd,
    String lmiInstanceType,
    int lmiInstanceCount,
    String cheaper,
    double savingsPct,
    long breakEvenMonthlyRequests,
    String pricesAsOf) {

  public boolean lmiCheaper() {
    return Favors.LMI.id().equals(cheaper);
  }
}
