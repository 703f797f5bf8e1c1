package dev.lmiadvisor.tools.cost;

/**
 * An on-demand Linux price for one instance type in one Region, with its provenance.
 *
 * @param confidence how the number was obtained: {@code generated-from-price-list-api}, {@code
 *     primary}, {@code live} (fetched from the AWS Price List API by this server) and so on
 * @param asOf the date the number was checked or fetched (ISO-8601)
 */
public record Ec2Price(
    String region,
    String instanceType,
    double usdPerHour,
    String source,
    String sourceUrl,
    String confidence,
    String asOf) {}
