package dev.lmiadvisor.tools.cost;

/**
 * The discount rates a savings-plan scenario applies, and where they come from.
 *
 * @param ec2Pct percent off the EC2 instance charge of LMI
 * @param lambdaPct percent off standard Lambda duration (GB-seconds)
 * @param source id of the source in the price table
 * @param note why these rates and not others, when it matters
 */
public record Discounts(
    String savingsPlan,
    double ec2Pct,
    double lambdaPct,
    String source,
    String sourceUrl,
    String note) {}
