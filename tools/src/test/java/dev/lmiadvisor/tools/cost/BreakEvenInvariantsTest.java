package dev.lmiadvisor.tools.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that must hold for any input, checked over a grid. */
class BreakEvenInvariantsTest {

  private final CostComparator costs = Fixtures.comparator();

  /** One point of the grid: a workload and a pricing choice. */
  record Case(
      long requests,
      double durationMs,
      int memoryMb,
      Architecture architecture,
      SavingsPlan plan,
      boolean freeTier) {

    /** The request for this case at a monthly volume. */
    CostRequest.Builder at(long monthlyRequests) {
      return CostRequest.builder(monthlyRequests, durationMs, memoryMb)
          .architecture(architecture)
          .savingsPlan(plan)
          .includeFreeTier(freeTier);
    }
  }

  static Stream<Case> grid() {
    List<Case> cases = new ArrayList<>();
    for (long requests : new long[] {1, 900_000, 5_000_000, 259_200_000, 20_000_000_000L}) {
      for (double durationMs : new double[] {1, 20, 200, 3_000}) {
        for (int memoryMb : new int[] {128, 512, 1769, 10_240}) {
          for (Architecture architecture : Architecture.values()) {
            for (SavingsPlan plan : SavingsPlan.values()) {
              for (boolean freeTier : new boolean[] {false, true}) {
                cases.add(new Case(requests, durationMs, memoryMb, architecture, plan, freeTier));
              }
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("grid")
  void atTheBreakEvenVolumeBothSidesCostTheSameToTheCent(Case grid) {
    long requests = grid.requests();
    CostComparison c = costs.compare(grid.at(requests).build());
    long breakEven = c.breakEvenMonthlyRequests();
    assertTrue(breakEven > 0, c.toString());

    // The same fleet, priced at the break-even volume.
    CostComparison there =
        costs.compare(
            grid.at(breakEven)
                .instanceType(c.lmi().instanceType())
                .instanceCount(c.lmi().instanceCount())
                .build());
    assertEquals(
        there.standardLambda().monthlyUsd(), there.lmi().monthlyUsd(), 0.0101, there.toString());
    assertEquals(breakEven, there.breakEvenMonthlyRequests(), 1, "break-even moved with volume");

    // Below the break-even standard Lambda is cheaper, above it LMI.
    if (requests < breakEven * 0.99) {
      assertEquals("standard_lambda", c.cheaper(), c.toString());
    } else if (requests > breakEven * 1.01) {
      assertEquals("lmi", c.cheaper(), c.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("grid")
  void theThreeLmiComponentsAddUpAndTheFeeIgnoresDiscounts(Case grid) {
    CostComparison c = costs.compare(grid.at(grid.requests()).build());
    LmiCost lmi = c.lmi();
    assertEquals(lmi.ec2Usd() + lmi.managementFeeUsd() + lmi.requestUsd(), lmi.monthlyUsd(), 0.011);
    double onDemand = lmi.instanceCount() * lmi.hourlyUsdPerInstance() * 730;
    assertEquals(onDemand * 0.15, lmi.managementFeeUsd(), 0.006);
    assertEquals(onDemand * (1 - c.discounts().ec2Pct() / 100), lmi.ec2Usd(), 0.006);
    assertTrue(lmi.instanceCount() >= 3);
    StandardLambdaCost standard = c.standardLambda();
    assertEquals(standard.requestUsd() + standard.durationUsd(), standard.monthlyUsd(), 0.011);
  }

  @Test
  void aSimpleCaseSolvesExactly() {
    // D(N) = 2N - 10 crosses at 5.
    assertEquals(5.0, BreakEven.solve(n -> 2 * n - 10, new double[] {}), 1e-9);
    // Falls until 4 (a free tier), then rises: D = -10 - n below 4, -14 + 3(n - 4) above.
    assertEquals(
        4 + 14 / 3.0,
        BreakEven.solve(n -> n < 4 ? -10 - n : -14 + 3 * (n - 4), new double[] {4}),
        1e-9);
  }
}
