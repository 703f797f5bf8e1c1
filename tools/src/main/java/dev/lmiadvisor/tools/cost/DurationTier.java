package dev.lmiadvisor.tools.cost;

/**
 * One band of Lambda's tiered duration pricing: GB-seconds up to {@code upToGbSeconds} (null for
 * the last band) bill at {@code discountPct} below the first-tier price ("Introducing tiered
 * pricing for AWS Lambda", AWS Compute blog).
 */
public record DurationTier(Long upToGbSeconds, double discountPct) {}
