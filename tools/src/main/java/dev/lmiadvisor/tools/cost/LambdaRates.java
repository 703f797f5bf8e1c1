package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.vocabulary.Architecture;

/**
 * Lambda's rates in one Region: standard requests and first-tier GB-seconds per architecture, and
 * the LMI request charge and management fee.
 */
public record LambdaRates(
    String region,
    double requestUsdPerMillion,
    double x86GbSecondUsd,
    double arm64GbSecondUsd,
    double lmiRequestUsdPerMillion,
    double managementFeePct,
    String requestConfidence,
    String durationSource,
    String durationConfidence,
    String asOf) {

  /** First-tier duration price for the architecture. */
  public double gbSecondUsd(Architecture architecture) {
    return architecture == Architecture.ARM64 ? arm64GbSecondUsd : x86GbSecondUsd;
  }
}
