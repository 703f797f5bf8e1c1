package dev.lmiadvisor.tools.cost;

/**
 * A month of LMI for a fleet, rounded to the cent: the three components.
 *
 * @param hourlyUsdPerInstance on-demand price, which the management fee is computed on
 * @param ec2Usd instance charge after the EC2 discount of the savings plan
 * @param managementFeeUsd 15% of the on-demand instance charge, never discounted
 * @param requestUsd $0.20 per million requests
 * @param priceSource where the hourly price comes from
 * @param priceAsOf when that price was checked or fetched
 * @param fleetFromSizing true when type or count were derived by compute_sizing
 */
public record LmiCost(
    String instanceType,
    int instanceCount,
    double hourlyUsdPerInstance,
    double ec2Usd,
    double managementFeeUsd,
    double requestUsd,
    double monthlyUsd,
    String priceSource,
    String priceConfidence,
    String priceAsOf,
    boolean fleetFromSizing) {}
