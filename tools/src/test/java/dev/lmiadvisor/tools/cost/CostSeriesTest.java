package dev.lmiadvisor.tools.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The break-even chart's data: its axis, its points, and that the lines meet where they say. */
class CostSeriesTest {

  private final CostComparator costs = Fixtures.comparator();

  @ParameterizedTest(name = "{0} rounds up to {1}")
  @CsvSource({"0, 1", "1, 1", "7, 10", "101, 200", "210, 250", "251, 500", "388800000, 500000000"})
  void theAxisEndsOnARoundNumber(double value, long expected) {
    assertEquals(expected, CostComparator.roundUp(value));
  }

  @Test
  void aSavingsPlanAddsTheOnDemandLinesAndTheirBreakEven() {
    CostRequest request =
        CostRequest.builder(259_200_000L, 200, 512)
            .architecture(Architecture.X86_64)
            .savingsPlan(SavingsPlan.COMPUTE_3YR)
            .build();
    CostAnalysis analysis = costs.analyse(request);
    CostSeries series = analysis.series();
    assertEquals(
        List.of(
            "standard_lambda compute_3yr true",
            "lmi compute_3yr true",
            "standard_lambda none false",
            "lmi none false"),
        series.lines().stream()
            .map(l -> l.option() + " " + l.savingsPlan() + " " + l.asAsked())
            .toList());
    assertEquals(2, series.breakEvens().size());
    CostSeries.BreakEvenMark asked = series.breakEvens().getFirst();
    assertEquals(analysis.comparison().breakEvenMonthlyRequests(), asked.monthlyRequests());
    CostSeries.BreakEvenMark onDemand = series.breakEvens().get(1);
    assertEquals(
        costs
            .compare(
                CostRequest.builder(259_200_000L, 200, 512)
                    .architecture(Architecture.X86_64)
                    .instanceType(analysis.comparison().lmi().instanceType())
                    .instanceCount(analysis.comparison().lmi().instanceCount())
                    .build())
            .breakEvenMonthlyRequests(),
        onDemand.monthlyRequests());
    long furthest = Math.max(asked.monthlyRequests(), onDemand.monthlyRequests());
    assertTrue(series.toMonthlyRequests() >= 1.5 * Math.max(furthest, 259_200_000L));
  }

  @Test
  void pointsAreSortedAndIncludeTheAskedVolumeAndTheBreakEven() {
    CostAnalysis analysis =
        costs.analyse(CostRequest.builder(1_000_000L, 50, 1024).includeFreeTier(true).build());
    CostSeries series = analysis.series();
    for (CostSeries.Line line : series.lines()) {
      List<Long> volumes = line.points().stream().map(CostSeries.Point::monthlyRequests).toList();
      assertEquals(volumes.stream().sorted().distinct().toList(), volumes);
      assertEquals(0L, volumes.getFirst());
      assertEquals(series.toMonthlyRequests(), volumes.getLast());
      assertTrue(volumes.contains(1_000_000L));
      assertTrue(volumes.contains(analysis.comparison().breakEvenMonthlyRequests()));
      // The free tier's end is a point: the standard bill bends there.
      assertTrue(volumes.contains(1_000_000L), "free requests end at 1M");
    }
    // With the free tier, standard Lambda costs nothing at first.
    assertEquals(0.0, series.lines().getFirst().points().getFirst().monthlyUsd());
  }
}
