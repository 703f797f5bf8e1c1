package dev.lmiadvisor.tools.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkloadAssessorTest {

  static final WorkloadAssessor ASSESSOR = new WorkloadAssessor(PriceTable.load());

  /**
   * A steady Node.js API at 100 req/s and 200 ms, with 1024 MB: duration-heavy enough that the
   * sized LMI fleet costs less than standard Lambda (at 512 MB the fleet compare_costs sizes does
   * not, see {@link #whenCostPointsToStandardLambdaTheVerdictDropsAndSaysWhereLmiWouldWin}).
   */
  static WorkloadSignals.Builder steadyApi() {
    return WorkloadSignals.builder()
        .trafficPattern(TrafficPattern.STEADY)
        .monthlyRequests(259_200_000L)
        .avgDurationMs(200.0)
        .memoryMb(1024)
        .coldStarts(ColdStartTolerance.UNACCEPTABLE)
        .needsScaleToZero(false)
        .runtime(LambdaRuntime.NODEJS)
        .threadSafe(true);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("steady, duration-heavy, ready code", steadyApi(), Verdict.LMI_STRONG_FIT),
        Arguments.of(
            "must scale to zero", steadyApi().needsScaleToZero(true), Verdict.STANDARD_LAMBDA),
        Arguments.of(
            "needs GPUs", steadyApi().computeNeeds(ComputeNeed.GPU), Verdict.STANDARD_LAMBDA),
        Arguments.of("unsupported runtime", steadyApi().otherRuntime(), Verdict.STANDARD_LAMBDA),
        Arguments.of(
            "bursty and small",
            WorkloadSignals.builder()
                .trafficPattern(TrafficPattern.BURSTY)
                .monthlyRequests(2_000_000L)
                .avgDurationMs(100.0)
                .memoryMb(256),
            Verdict.STANDARD_LAMBDA),
        Arguments.of(
            "steady but code not thread-safe", steadyApi().threadSafe(false), Verdict.LMI_POSSIBLE),
        Arguments.of(
            "steady, thread-safe, nothing else known",
            WorkloadSignals.builder()
                .trafficPattern(TrafficPattern.STEADY)
                .runtime(LambdaRuntime.JAVA)
                .threadSafe(true),
            Verdict.LMI_POSSIBLE),
        Arguments.of(
            "spend below the floor",
            WorkloadSignals.builder()
                .trafficPattern(TrafficPattern.STEADY)
                .monthlyLambdaSpendUsd(40.0),
            Verdict.STANDARD_LAMBDA),
        Arguments.of("nothing known", WorkloadSignals.builder(), Verdict.STANDARD_LAMBDA));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("scenarios")
  void verdicts(String name, WorkloadSignals.Builder signals, Verdict expected) {
    Assessment a = ASSESSOR.assess(signals.build());
    assertEquals(expected.id(), a.verdict(), a.toString());
    for (SignalFinding f : a.signals()) {
      assertFalse(f.detail().isBlank(), f.toString());
      assertTrue(List.of("lmi", "standard_lambda", "neither").contains(f.favors()), f.toString());
    }
  }

  /** 200M steady requests, cold starts unacceptable, thread-safe Java, no scale to zero. */
  static WorkloadSignals.Builder everySignalForLmi() {
    return WorkloadSignals.builder()
        .monthlyRequests(200_000_000L)
        .trafficPattern(TrafficPattern.STEADY)
        .coldStarts(ColdStartTolerance.UNACCEPTABLE)
        .runtime(LambdaRuntime.JAVA)
        .threadSafe(true)
        .needsScaleToZero(false);
  }

  @Test
  void whenEveryQuickDecisionSignalAgreesTheVerdictIsAStrongFitWithTheCostCheckRequired() {
    Assessment a = ASSESSOR.assess(everySignalForLmi().build());
    assertEquals("lmi_strong_fit", a.verdict(), a.toString());
    assertTrue(a.nextSteps().getFirst().startsWith("Required before deciding"), a.toString());
    assertTrue(a.nextSteps().getFirst().contains("compare_costs"), a.toString());
    assertTrue(a.costCheck() == null);
    assertTrue(a.missingSignals().containsAll(List.of("avg_duration_ms", "memory_mb")));
  }

  @Test
  void withDurationAndMemoryTheBreakEvenIsRunAndItsNumberNamed() {
    Assessment a = ASSESSOR.assess(everySignalForLmi().avgDurationMs(200.0).memoryMb(1024).build());
    CostCheck cost = a.costCheck();
    assertTrue(cost != null, a.toString());
    assertEquals("lmi", cost.cheaper(), cost.toString());
    assertTrue(cost.breakEvenMonthlyRequests() < 200_000_000L, cost.toString());
    assertEquals("lmi_strong_fit", a.verdict(), a.toString());
    String breakEven = "%,d".formatted(cost.breakEvenMonthlyRequests());
    assertTrue(finding(a, "monthly_requests").detail().contains(breakEven), a.toString());
    assertTrue(a.nextSteps().getFirst().contains(breakEven), a.nextSteps().toString());
  }

  @Test
  void whenCostPointsToStandardLambdaTheVerdictDropsAndSaysWhereLmiWouldWin() {
    // Short, small requests: GB-seconds are cheap, the 3-instance fleet is not.
    Assessment a = ASSESSOR.assess(everySignalForLmi().avgDurationMs(20.0).memoryMb(128).build());
    CostCheck cost = a.costCheck();
    assertEquals("standard_lambda", cost.cheaper(), cost.toString());
    assertEquals("standard_lambda", finding(a, "monthly_requests").favors());
    assertFalse(a.verdict().equals("lmi_strong_fit"), a.toString());
    String breakEven = "%,d".formatted(cost.breakEvenMonthlyRequests());
    assertTrue(a.nextSteps().stream().anyMatch(s -> s.contains(breakEven)), a.toString());
  }

  @Test
  void volumeAloneOnlyPlacesItAgainstTheQuickDecisionTable() {
    Assessment high =
        ASSESSOR.assess(WorkloadSignals.builder().monthlyRequests(60_000_000L).build());
    assertEquals("lmi", finding(high, "monthly_requests").favors());
    assertTrue(high.missingSignals().containsAll(List.of("avg_duration_ms", "memory_mb")));
    Assessment low = ASSESSOR.assess(WorkloadSignals.builder().monthlyRequests(5_000_000L).build());
    assertEquals("standard_lambda", finding(low, "monthly_requests").favors());
  }

  @Test
  void everyUnknownSignalIsListedAsMissing() {
    Assessment a = ASSESSOR.assess(WorkloadSignals.builder().build());
    assertEquals(
        List.of(
            "traffic_pattern",
            "monthly_requests",
            "monthly_lambda_spend_usd",
            "cold_starts",
            "needs_scale_to_zero",
            "runtime",
            "thread_safe",
            "compute_needs",
            "isolation",
            "in_vpc"),
        a.missingSignals());
    assertTrue(a.signals().isEmpty());
  }

  @Test
  void pythonNeedsNoThreadSafety() {
    Assessment a = ASSESSOR.assess(WorkloadSignals.builder().runtime(LambdaRuntime.PYTHON).build());
    assertFalse(a.missingSignals().contains("thread_safe"));
    assertEquals("neither", finding(a, "thread_safe").favors());
  }

  @Test
  void recommendingLmiComesWithNextSteps() {
    Assessment a = ASSESSOR.assess(steadyApi().build());
    assertTrue(a.recommendsLmi());
    assertTrue(a.nextSteps().stream().anyMatch(s -> s.contains("compare_costs")));
  }

  private static SignalFinding finding(Assessment a, String signal) {
    return a.signals().stream().filter(f -> f.signal().equals(signal)).findFirst().orElseThrow();
  }
}
