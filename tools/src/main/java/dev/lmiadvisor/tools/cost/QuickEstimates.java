package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.sizing.InstanceType;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.util.Comparator;

/**
 * Rough numbers for the decision step, from the same formulas compare_costs uses: the smallest LMI
 * fleet's monthly cost (the floor) and a function's standard duration charge.
 */
public final class QuickEstimates {

  /** Instances a published version starts for Availability Zone resiliency. */
  public static final int FLOOR_INSTANCES = 3;

  private QuickEstimates() {}

  /**
   * The floor: 3 of the cheapest Graviton {@code .large} instance priced in the Region, on demand,
   * with the management fee; what LMI costs before a single request (cost reference, section {@code
   * when-lmi-is-not-cheaper}).
   */
  public record Floor(String instanceType, double hourlyUsd, double monthlyUsd) {}

  public static Floor floor(PriceTable table, String region) {
    LambdaRates rates = table.lambdaRates(region);
    InstanceType cheapest =
        table.catalog().types().stream()
            .filter(t -> t.architecture() == Architecture.ARM64 && t.name().endsWith(".large"))
            .filter(t -> table.ec2(region, t.name()).isPresent())
            .min(
                Comparator.comparingDouble(
                    t -> table.ec2(region, t.name()).orElseThrow().usdPerHour()))
            .orElseThrow(() -> new IllegalStateException("no Graviton .large priced in " + region));
    double hourly = table.ec2(region, cheapest.name()).orElseThrow().usdPerHour();
    LmiFleetPricing fleet =
        new LmiFleetPricing(
            FLOOR_INSTANCES,
            hourly,
            table.hoursPerMonth(),
            0,
            rates.managementFeePct(),
            rates.lmiRequestUsdPerMillion());
    return new Floor(cheapest.name(), hourly, Money.cents(fleet.fleetUsd()));
  }

  /** Standard Lambda's duration charge for a month, on demand, without the free tier. */
  public static double standardDurationUsd(
      PriceTable table,
      String region,
      Architecture architecture,
      long monthlyRequests,
      double avgDurationMs,
      int memoryMb) {
    StandardLambdaPricing pricing =
        new StandardLambdaPricing(
            table.lambdaRates(region),
            architecture,
            table.durationTiers(architecture),
            avgDurationMs,
            memoryMb,
            0,
            0,
            0);
    return Money.cents(pricing.durationUsd(monthlyRequests));
  }
}
