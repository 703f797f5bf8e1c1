package dev.lmiadvisor.tools.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.assessment.TrafficPattern;
import dev.lmiadvisor.tools.assessment.WorkloadAssessor;
import dev.lmiadvisor.tools.cost.CostComparator;
import dev.lmiadvisor.tools.cost.InstancePricer;
import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.live.assess.AssessRequest;
import dev.lmiadvisor.tools.live.assess.FunctionAssessment;
import dev.lmiadvisor.tools.live.assess.FunctionAssessor;
import dev.lmiadvisor.tools.live.assess.ObservedMetrics;
import dev.lmiadvisor.tools.sizing.SizingCalculator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionAssessorTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:30:00Z");
  static PriceTable prices;

  @TempDir Path root;
  LiveFixture live;
  StandardFunction function;

  @BeforeAll
  static void loadPrices() {
    prices = PriceTable.load();
  }

  @BeforeEach
  void start() {
    live = new LiveFixture(root);
    function = new StandardFunction();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  private FunctionAssessor assessor() {
    SizingCalculator sizing = new SizingCalculator(prices.catalog(), prices);
    return new FunctionAssessor(
        live.settings,
        live.sandbox.auditLog(),
        new WorkloadAssessor(prices),
        sizing,
        new CostComparator(
            prices, new InstancePricer(prices, Optional.empty(), Clock.systemUTC()), sizing),
        prices.regions(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private FunctionAssessment assess(int days) {
    function.serve(live.stub);
    return assessor()
        .assess(new AssessRequest(function.name, "us-east-1", days), LiveFixture.CLIENT);
  }

  private FunctionAssessment assess() {
    return assess(AssessRequest.DEFAULT_DAYS);
  }

  @Test
  void steadyHighVolume_makesLmiCheaper() {
    FunctionAssessment a = assess();

    ObservedMetrics m = a.metrics().orElseThrow();
    assertEquals(TrafficPattern.STEADY, m.trafficPattern());
    assertEquals(1.0, m.peakToMean());
    assertEquals(360_000L * 730, m.monthlyRequests());
    assertEquals(Optional.of(200.0), m.avgDurationMs());
    assertEquals(Optional.of(480.0), m.p99DurationMs());
    assertEquals(Optional.of(30), m.peakConcurrency());
    assertEquals("lmi", a.costs().orElseThrow().cheaper());
    assertTrue(a.assessment().orElseThrow().recommendsLmi(), a.assessment().get().verdict());
    assertEquals(m.monthlyRequests(), a.assessment().get().costCheck().monthlyRequests());
    assertEquals("nodejs", a.sizing().orElseThrow().runtime());
    assertEquals("x86_64", a.sizing().get().architecture());
    assertTrue(a.sizing().get().memoryMb() >= 2048);
  }

  @Test
  void burstyFunction_staysOnStandardLambda() {
    function.traffic = StandardFunction.bursty();

    FunctionAssessment a = assess();

    ObservedMetrics m = a.metrics().orElseThrow();
    assertEquals(TrafficPattern.BURSTY, m.trafficPattern());
    assertTrue(m.peakToMean() > 10, () -> "peak to mean " + m.peakToMean());
    assertTrue(m.trafficReason().contains("busiest hour"), m.trafficReason());
    assertEquals("standard_lambda", a.assessment().orElseThrow().verdict());
    assertEquals("standard_lambda", a.costs().orElseThrow().cheaper());
    assertEquals(Optional.of(400), m.peakConcurrency());
  }

  @Test
  void burstsWithinTheHour_areBurstyToo() {
    StandardFunction.Traffic steady = StandardFunction.steady(360_000, 200);
    function.traffic =
        hour -> {
          StandardFunction.Hour h = steady.at(hour);
          return new StandardFunction.Hour(h.invocations(), h.avgMs(), h.p99Ms(), 200, 0, 0);
        };

    ObservedMetrics m = assess().metrics().orElseThrow();

    assertEquals(TrafficPattern.BURSTY, m.trafficPattern());
    assertEquals(Optional.of(10.0), m.burstRatio());
  }

  @Test
  void officeHoursTraffic_hasIdlePeriods_andTheGapsAreStated() {
    function.traffic = StandardFunction.officeHours();

    FunctionAssessment a = assess(3);

    assertEquals(TrafficPattern.IDLE_PERIODS, a.metrics().orElseThrow().trafficPattern());
    assertEquals(Instant.parse("2026-11-28T10:00:00Z"), a.window().start());
    assertEquals(Instant.parse("2026-12-01T10:00:00Z"), a.window().end());
    assertEquals(72, a.window().hours());
    // 10:00-17:00 on 28 November, 9:00-17:00 on the 29th and 30th, 9:00-10:00 on 1 December.
    assertEquals(7 + 8 + 8 + 1, a.window().hoursWithData());
    assertEquals(3, a.window().gapCount());
    assertEquals(
        new dev.lmiadvisor.tools.live.assess.DataWindow.Gap(
            Instant.parse("2026-11-28T17:00:00Z"), Instant.parse("2026-11-29T09:00:00Z"), 16),
        a.window().gaps().getFirst());
    assertEquals(
        List.of("2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"),
        a.daily().stream().map(d -> d.date().toString()).toList());
    assertEquals(20_000L * 7, a.daily().getFirst().invocations());
  }

  @Test
  void throttling_onStandardLambdaIsCountedAndExplained() {
    function.traffic = StandardFunction.throttled(StandardFunction.steady(360_000, 200), 1_000);

    FunctionAssessment a = assess();

    ObservedMetrics m = a.metrics().orElseThrow();
    assertEquals(1_000L * 14 * 24, m.throttles());
    assertEquals(0.28, m.throttleRatePct());
    assertTrue(
        a.notes().stream().anyMatch(n -> n.contains("throttled 336,000 invocations")),
        a.notes()::toString);
  }

  @Test
  void theQueries_askForHourlyStatisticsAndAWindowP99() {
    assess(2);

    var form = live.stub.receivedAction("GetMetricData").getFirst().form();
    List<MetricData.Query> queries = MetricData.queries(form);
    assertEquals(
        List.of(
            "Invocations Sum 3600",
            "Duration Average 3600",
            "Duration p99 3600",
            "ConcurrentExecutions Maximum 3600",
            "Throttles Sum 3600",
            "Errors Sum 3600",
            "Duration p99 172800"),
        queries.stream().map(q -> q.metric() + " " + q.stat() + " " + q.period()).toList());
    assertEquals("2026-11-29T10:00:00Z", form.get("StartTime"));
    assertEquals("2026-12-01T10:00:00Z", form.get("EndTime"));
    assertEquals("TimestampAscending", form.get("ScanBy"));
  }

  @Test
  void accessDeniedOnTheConfiguration_stillAssessesTheTraffic() {
    function.denied.add(AwsOperation.GET_FUNCTION_CONFIGURATION);

    FunctionAssessment a = assess();

    assertEquals(List.of("lambda:GetFunctionConfiguration"), a.missingPermissions());
    assertEquals(Optional.empty(), a.function());
    assertEquals(TrafficPattern.STEADY, a.metrics().orElseThrow().trafficPattern());
    assertTrue(a.assessment().isPresent());
    assertEquals(Optional.empty(), a.costs());
    assertTrue(
        a.notes().stream().anyMatch(n -> n.contains("memory or duration is not known")),
        a.notes()::toString);
  }

  @Test
  void accessDeniedOnTheMetrics_isNamed() {
    function.denied.add(AwsOperation.GET_METRIC_DATA);

    FunctionAssessment a = assess();

    assertEquals(List.of("cloudwatch:GetMetricData"), a.missingPermissions());
    assertEquals(Optional.empty(), a.metrics());
    assertEquals(Optional.empty(), a.assessment());
    assertEquals(1024, a.function().orElseThrow().memoryMb().orElseThrow());
  }

  @Test
  void anOldPythonRuntime_needsAnUpgrade_andPythonSizingStartsAtTheFloor() {
    function.runtime = "python3.12";

    FunctionAssessment a = assess();

    assertFalse(a.function().orElseThrow().lmiRuntime());
    assertTrue(
        a.notes().stream().anyMatch(n -> n.startsWith("python3.12 does not run on LMI")),
        a.notes()::toString);
    assertEquals("python", a.sizing().orElseThrow().runtime());
    assertEquals(2048, a.sizing().get().memoryMb());
  }

  @Test
  void aRuntimeLmiDoesNotRun_isDecisive() {
    function.runtime = "ruby3.3";

    FunctionAssessment a = assess();

    assertEquals("standard_lambda", a.assessment().orElseThrow().verdict());
    assertEquals(Optional.empty(), a.sizing());
  }

  @Test
  void unknownFunction_isAnError() {
    live.stub.on(
        "GET /2015-03-31/functions/orders-api/configuration",
        r ->
            WireReplies.lambdaError(
                404,
                "ResourceNotFoundException",
                "Function not found: arn:aws:lambda:us-east-1:111122223333:function:orders-api"));
    FunctionAssessor assessor = assessor();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                assessor.assess(new AssessRequest("orders-api", "us-east-1"), LiveFixture.CLIENT));
    assertEquals("function 'orders-api' was not found in us-east-1", e.getMessage());
  }

  @Test
  void days_areOneToThirty() {
    assertThrows(
        IllegalArgumentException.class, () -> new AssessRequest("orders-api", "us-east-1", 0));
    assertThrows(
        IllegalArgumentException.class, () -> new AssessRequest("orders-api", "us-east-1", 31));
    assertEquals(30, new AssessRequest("orders-api", "us-east-1", 30).days());
  }

  @Test
  void theAuditRecordsEachCall_andNoEnvironmentValue() {
    FunctionAssessment a = assess();

    var records = live.liveRecords();
    assertEquals(
        List.of("GetFunctionConfiguration", "GetMetricData"),
        records.stream().skip(1).map(r -> r.get("operation")).toList());
    assertTrue(records.stream().allMatch(r -> a.auditId().equals(r.get("id"))));
    assertFalse(records.toString().contains("hunter2"));
    assertFalse(a.toString().contains("hunter2"));
  }
}
