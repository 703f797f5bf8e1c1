package dev.lmiadvisor.tools.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.sizing.WorkloadKind;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden values are the cost reference's worked examples (sections worked-example-*). */
class CostComparatorTest {

  /** Node.js, 100 req/s for a 30-day month, 200 ms, 512 MB, x86. */
  static final long SEED_REQUESTS = 100L * 86_400 * 30;

  private final CostComparator costs = Fixtures.comparator();

  private static CostRequest.Builder seed() {
    return CostRequest.builder(SEED_REQUESTS, 200, 512).architecture(Architecture.X86_64);
  }

  @Test
  void seedExampleCosts48384OnStandardLambda() {
    assertEquals(259_200_000L, SEED_REQUESTS);
    StandardLambdaCost standard = costs.compare(seed().build()).standardLambda();
    assertEquals(51.84, standard.requestUsd());
    assertEquals(432.00, standard.durationUsd());
    assertEquals(483.84, standard.monthlyUsd());
    assertEquals(25_920_000.0, standard.gbSeconds());
  }

  @Test
  void freeTierCountsOnlyWhenAsked() {
    assertEquals(483.84, costs.compare(seed().build()).standardLambda().monthlyUsd());
    assertEquals(
        476.97, costs.compare(seed().includeFreeTier(true).build()).standardLambda().monthlyUsd());
  }

  @Test
  void lambdasComputeSavingsPlanDiscountsDurationOnly() {
    CostComparison withPlan = costs.compare(seed().savingsPlan(SavingsPlan.COMPUTE_1YR).build());
    // 432.00 x (1 - 12%) + 51.84, the reference's 12% variant
    assertEquals(380.16, withPlan.standardLambda().durationUsd());
    assertEquals(51.84, withPlan.standardLambda().requestUsd());
    assertEquals(432.00, withPlan.standardLambda().monthlyUsd());
    assertEquals(12, withPlan.discounts().lambdaPct());
  }

  @ParameterizedTest(name = "{0} x {1}, {2}: EC2 {3} + fee {4} + requests {5} = {6}")
  @CsvSource({
    "m7i.large,  3, none,        220.75, 33.11, 51.84, 305.70",
    "m7i.large,  3, compute_3yr,  77.26, 33.11, 51.84, 162.22",
    "m7g.large,  3, none,        178.70, 26.81, 51.84, 257.35",
    "m7g.large,  3, compute_1yr, 121.52, 26.81, 51.84, 200.16",
    "m7g.large,  3, compute_3yr,  62.55, 26.81, 51.84, 141.19",
    "m7g.xlarge, 4, none,        476.54, 71.48, 51.84, 599.87"
  })
  void lmiIsInstancesPlusFeeOnOnDemandPlusRequests(
      String type,
      int count,
      String plan,
      double ec2,
      double fee,
      double requests,
      double monthly) {
    LmiCost lmi =
        costs
            .compare(
                seed()
                    .instanceType(type)
                    .instanceCount(count)
                    .savingsPlan(SavingsPlan.parse(plan))
                    .build())
            .lmi();
    assertEquals(ec2, lmi.ec2Usd());
    assertEquals(fee, lmi.managementFeeUsd());
    assertEquals(requests, lmi.requestUsd());
    assertEquals(monthly, lmi.monthlyUsd());
    assertFalse(lmi.fleetFromSizing());
  }

  @Test
  void theFeeStaysOnTheOnDemandPriceWhateverThePlan() {
    double onDemandFee = fee(SavingsPlan.NONE);
    assertEquals(onDemandFee, fee(SavingsPlan.COMPUTE_1YR));
    assertEquals(onDemandFee, fee(SavingsPlan.COMPUTE_3YR));
  }

  private double fee(SavingsPlan plan) {
    return costs
        .compare(seed().instanceType("m7i.large").instanceCount(3).savingsPlan(plan).build())
        .lmi()
        .managementFeeUsd();
  }

  @Test
  void cheaperAndSavingsMatchTheReference() {
    CostComparison c = costs.compare(seed().instanceType("m7i.large").instanceCount(3).build());
    assertEquals("lmi", c.cheaper());
    assertEquals(36.8, c.savingsPct());
    CostComparison small =
        costs.compare(
            CostRequest.builder(1_000_000, 200, 512)
                .instanceType("m7i.large")
                .instanceCount(3)
                .build());
    assertEquals("standard_lambda", small.cheaper());
  }

  /** The reference's floor break-even table: N* = F / (d x M/1024 x P_gbs x (1 - s_L)). */
  @ParameterizedTest(name = "3 x {0}, {1}: break-even {2}M requests")
  @CsvSource({
    "m7i.large, none,        152.3",
    "m7g.large, none,        123.3",
    "m7g.large, compute_3yr,  60.9"
  })
  void breakEvenMatchesTheClosedForm(String type, String plan, double millions) {
    CostComparison c =
        costs.compare(
            seed()
                .instanceType(type)
                .instanceCount(3)
                .savingsPlan(SavingsPlan.parse(plan))
                .build());
    assertEquals(millions, Math.round(c.breakEvenMonthlyRequests() / 100_000.0) / 10.0);
  }

  @Test
  void aDerivedFleetComesFromSizingAndHasAtLeastThreeInstances() {
    CostComparison c = costs.compare(seed().runtime(LambdaRuntime.NODEJS).build());
    assertTrue(c.lmi().fleetFromSizing());
    assertTrue(c.lmi().instanceCount() >= 3, c.lmi().toString());
    assertTrue(
        c.assumptions().stream().anyMatch(a -> a.startsWith("Fleet from compute_sizing")),
        c.assumptions().toString());
    CostComparison ioBound =
        costs.compare(seed().runtime(LambdaRuntime.NODEJS).workload(WorkloadKind.IO_BOUND).build());
    // 20 requests in flight fit one Node.js environment: the 3-instance floor decides, as in the
    // reference's case A (3 x m7i.large on x86).
    assertEquals(3, ioBound.lmi().instanceCount());
    assertEquals("m7i.large", ioBound.lmi().instanceType());
    assertEquals(305.70, ioBound.lmi().monthlyUsd());
  }

  @Test
  void aGivenTypeGetsADerivedCount() {
    CostComparison c = costs.compare(seed().instanceType("c7i.2xlarge").build());
    assertEquals("c7i.2xlarge", c.lmi().instanceType());
    assertTrue(c.lmi().instanceCount() >= 3);
    assertTrue(c.lmi().fleetFromSizing());
  }

  @Test
  void fewerThanThreeInstancesIsPricedButWarned() {
    CostComparison c = costs.compare(seed().instanceType("m7g.large").instanceCount(2).build());
    assertEquals(2, c.lmi().instanceCount());
    assertTrue(c.warnings().stream().anyMatch(w -> w.startsWith("Fewer than 3 instances")));
  }

  @Test
  void aGravitonFleetForAnX86FunctionIsWarnedAbout() {
    CostComparison c = costs.compare(seed().instanceType("m7g.large").instanceCount(3).build());
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.contains("Architectures: [arm64]")),
        c.warnings().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zero requests        | 0          | 200     | 512   | us-east-1      |             | monthly_requests must be at least 1",
        "negative requests    | -5         | 200     | 512   | us-east-1      |             | monthly_requests must be at least 1",
        "zero duration        | 1000000    | 0       | 512   | us-east-1      |             | avg_duration_ms must be above 0",
        "duration over 15 min | 1000000    | 1000000 | 512   | us-east-1      |             | Lambda's 15-minute limit",
        "memory too small     | 1000000    | 200     | 64    | us-east-1      |             | between 128 and 10240",
        "memory too large     | 1000000    | 200     | 20000 | us-east-1      |             | use compute_sizing",
        "unknown region       | 1000000    | 200     | 512   | us-east-9      |             | did you mean us-east-1",
        "misspelt type        | 1000000    | 200     | 512   | us-east-1      | m7g.lrge    | did you mean m7g.large",
        "not an LMI family    | 1000000    | 200     | 512   | us-east-1      | t3.large    | not an LMI instance type",
        "not priced there     | 1000000    | 200     | 512   | ap-northeast-1 | m7g.16xlarge | no embedded price for m7g.16xlarge in ap-northeast-1",
        "too small to host    | 1000000    | 200     | 10240 | us-east-1      | m7g.large   | cannot host"
      })
  void badInputGetsAnActionableError(
      String name,
      long requests,
      double durationMs,
      int memoryMb,
      String region,
      String type,
      String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                costs.compare(
                    CostRequest.builder(requests, durationMs, memoryMb)
                        .region(region)
                        .instanceType(type)
                        .instanceCount("m7g.16xlarge".equals(type) ? 3 : null)
                        .build()));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void pricesCarryTheirDateAndSource() {
    CostComparison c = costs.compare(seed().instanceType("m7i.large").instanceCount(3).build());
    assertEquals(Fixtures.TABLE.asOf(), c.pricesAsOf());
    assertEquals("skypilot-aws-vms", c.lmi().priceSource());
    assertEquals(Fixtures.TABLE.version(), c.priceTableVersion());
  }
}
