package dev.lmiadvisor.tools.cost;

/**
 * The LMI bill for a fixed fleet as a function of monthly requests N (cost reference, section
 * {@code cost-formulas}):
 *
 * <pre>
 * C_lmi(N) = H * n * P_od * ((1 - s_E) + 0.15) + N * P_req
 * </pre>
 *
 * with H = 730 hours, n instances at on-demand price P_od, the EC2 discount s_E of the savings
 * plan, and the 15% management fee always computed on the on-demand price. There is no GB-second
 * charge.
 */
final class LmiFleetPricing {

  private final int instances;
  private final double hourlyUsd;
  private final int hoursPerMonth;
  private final double ec2Discount;
  private final double feeShare;
  private final double requestUsd;

  LmiFleetPricing(
      int instances,
      double hourlyUsd,
      int hoursPerMonth,
      double ec2DiscountPct,
      double managementFeePct,
      double requestUsdPerMillion) {
    this.instances = instances;
    this.hourlyUsd = hourlyUsd;
    this.hoursPerMonth = hoursPerMonth;
    this.ec2Discount = ec2DiscountPct / 100.0;
    this.feeShare = managementFeePct / 100.0;
    this.requestUsd = requestUsdPerMillion / 1_000_000.0;
  }

  double onDemandEc2Usd() {
    return instances * hourlyUsd * hoursPerMonth;
  }

  double ec2Usd() {
    return onDemandEc2Usd() * (1 - ec2Discount);
  }

  double managementFeeUsd() {
    return onDemandEc2Usd() * feeShare;
  }

  /** F: what the fleet costs before a single request. */
  double fleetUsd() {
    return ec2Usd() + managementFeeUsd();
  }

  double requestUsd(double requests) {
    return requests * requestUsd;
  }

  double monthlyUsd(double requests) {
    return fleetUsd() + requestUsd(requests);
  }
}
