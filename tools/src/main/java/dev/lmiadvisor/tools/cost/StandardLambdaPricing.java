package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.util.Arrays;
import java.util.List;

/**
 * The standard Lambda bill as a function of monthly requests N, for a fixed duration and memory
 * (cost reference, section {@code standard-lambda-pricing}):
 *
 * <pre>
 * C_std(N) = max(0, N - free_requests) * P_req
 *          + tiered(max(0, N * d * M / 1024 - free_GBs)) * (1 - s_L)
 * </pre>
 *
 * where {@code tiered} bills GB-seconds at the first-tier price for the architecture, 10% less from
 * 6 (x86) or 7.5 (arm64) billion GB-s and 20% less above 15 or 18.75 billion ("Introducing tiered
 * pricing for AWS Lambda"). Tiers aggregate per account, so applying them to one function is an
 * approximation that errs towards a higher standard bill only when other functions already consume
 * the lower tiers. The free tier counts only when asked: it is shared by every function in the
 * account.
 */
final class StandardLambdaPricing {

  private final double requestUsd;
  private final double firstTierGbSecondUsd;
  private final List<DurationTier> tiers;
  private final double gbSecondsPerRequest;
  private final double lambdaDiscount;
  private final long freeRequests;
  private final long freeGbSeconds;

  StandardLambdaPricing(
      LambdaRates rates,
      Architecture architecture,
      List<DurationTier> tiers,
      double avgDurationMs,
      int memoryMb,
      double lambdaDiscountPct,
      long freeRequests,
      long freeGbSeconds) {
    this.requestUsd = rates.requestUsdPerMillion() / 1_000_000.0;
    this.firstTierGbSecondUsd = rates.gbSecondUsd(architecture);
    this.tiers = tiers;
    this.gbSecondsPerRequest = avgDurationMs / 1000.0 * memoryMb / 1024.0;
    this.lambdaDiscount = lambdaDiscountPct / 100.0;
    this.freeRequests = freeRequests;
    this.freeGbSeconds = freeGbSeconds;
  }

  double gbSeconds(double requests) {
    return requests * gbSecondsPerRequest;
  }

  double requestUsd(double requests) {
    return Math.max(0, requests - freeRequests) * requestUsd;
  }

  double durationUsd(double requests) {
    double billable = Math.max(0, gbSeconds(requests) - freeGbSeconds);
    return tiered(billable) * (1 - lambdaDiscount);
  }

  double monthlyUsd(double requests) {
    return requestUsd(requests) + durationUsd(requests);
  }

  StandardLambdaCost cost(long requests) {
    double request = requestUsd(requests);
    double duration = durationUsd(requests);
    return new StandardLambdaCost(
        Money.cents(request),
        Money.cents(duration),
        Money.cents(request + duration),
        Math.round(gbSeconds(requests) * 100) / 100.0);
  }

  /** Request volumes where the bill changes slope: free-tier ends and tier boundaries. */
  double[] breakpoints() {
    double[] points = new double[tiers.size() + 1];
    points[0] = freeRequests;
    int i = 1;
    points[i++] = freeGbSeconds / gbSecondsPerRequest;
    for (DurationTier tier : tiers) {
      if (tier.upToGbSeconds() != null) {
        points[i++] = (tier.upToGbSeconds() + freeGbSeconds) / gbSecondsPerRequest;
      }
    }
    return Arrays.copyOf(points, i);
  }

  private double tiered(double gbSeconds) {
    double total = 0;
    double lower = 0;
    for (DurationTier tier : tiers) {
      double upper = tier.upToGbSeconds() == null ? Double.MAX_VALUE : tier.upToGbSeconds();
      if (gbSeconds <= lower) {
        break;
      }
      double inBand = Math.min(gbSeconds, upper) - lower;
      total += inBand * firstTierGbSecondUsd * (1 - tier.discountPct() / 100.0);
      lower = upper;
    }
    return total;
  }
}
