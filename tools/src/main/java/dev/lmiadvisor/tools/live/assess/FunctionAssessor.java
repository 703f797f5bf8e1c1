package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.assessment.Assessment;
import dev.lmiadvisor.tools.assessment.WorkloadAssessor;
import dev.lmiadvisor.tools.assessment.WorkloadSignals;
import dev.lmiadvisor.tools.audit.AuditLog;
import dev.lmiadvisor.tools.cost.CostComparator;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.cost.CostRequest;
import dev.lmiadvisor.tools.live.AccountCalls;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.CallResult;
import dev.lmiadvisor.tools.live.FunctionConfigs;
import dev.lmiadvisor.tools.live.LiveClients;
import dev.lmiadvisor.tools.live.LiveErrors;
import dev.lmiadvisor.tools.live.LiveInputs;
import dev.lmiadvisor.tools.live.LiveSession;
import dev.lmiadvisor.tools.live.LiveSettings;
import dev.lmiadvisor.tools.live.MetricReader;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sizing.SizingCalculator;
import dev.lmiadvisor.tools.sizing.SizingRequest;
import dev.lmiadvisor.tools.sizing.SizingResult;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;

/**
 * assess_function: reads a function's configuration and its hourly CloudWatch metrics over the last
 * {@code days} days (Invocations, Duration average and p99, ConcurrentExecutions maximum,
 * Throttles, Errors), derives the traffic shape, and runs assess_workload, compute_sizing and
 * compare_costs on those numbers. Read-only, bounded and audited like inspect_deployment.
 */
public final class FunctionAssessor {

  public static final String TOOL = "assess_function";
  static final int HOUR = 3600;

  private final LiveSettings settings;
  private final AuditLog audit;
  private final WorkloadAssessor assessor;
  private final SizingCalculator sizing;
  private final CostComparator costs;
  private final List<String> pricedRegions;
  private final Clock clock;

  /**
   * @param pricedRegions the Regions the price table holds; another Region is priced as us-east-1
   *     and the answer says so
   */
  public FunctionAssessor(
      LiveSettings settings,
      AuditLog audit,
      WorkloadAssessor assessor,
      SizingCalculator sizing,
      CostComparator costs,
      List<String> pricedRegions,
      Clock clock) {
    this.settings = settings;
    this.audit = audit;
    this.assessor = assessor;
    this.sizing = sizing;
    this.costs = costs;
    this.pricedRegions = List.copyOf(pricedRegions);
    this.clock = clock;
  }

  /**
   * @throws dev.lmiadvisor.errors.UserInputException without credentials, with credentials AWS
   *     rejects, or when the function does not exist; the message says what to do
   */
  public FunctionAssessment assess(AssessRequest request, ClientIdentity client) {
    return LiveSession.read(
        settings,
        audit,
        TOOL,
        request.describe(),
        request.region(),
        client,
        (calls, clients) -> assess(request, calls, clients));
  }

  private FunctionAssessment assess(
      AssessRequest request, AccountCalls calls, LiveClients clients) {
    List<String> notes = new ArrayList<>();
    String name = LiveInputs.nameOf(request.functionName());
    CallResult<GetFunctionConfigurationResponse> config =
        calls.call(
            AwsOperation.GET_FUNCTION_CONFIGURATION,
            name,
            GetFunctionConfigurationRequest.builder().functionName(request.functionName()).build(),
            clients.lambda()::getFunctionConfiguration);
    calls.requireAcceptedCredentials();
    if (config.notFound()) {
      throw LiveErrors.invalid(
          "function '" + request.functionName() + "' was not found in " + request.region(),
          "function_name");
    }
    Optional<GetFunctionConfigurationResponse> fn = config.value();
    Optional<String> runtimeId = fn.map(GetFunctionConfigurationResponse::runtimeAsString);
    RuntimeSupport runtime =
        RuntimeSupport.of(runtimeId, fn.map(GetFunctionConfigurationResponse::packageTypeAsString));
    runtime.note().ifPresent(notes::add);
    Optional<FunctionSummary> summary = fn.map(f -> summary(f, runtime, runtimeId));
    summary
        .flatMap(FunctionSummary::capacityProviderArn)
        .ifPresent(
            arn ->
                notes.add(
                    "The function already runs on LMI ("
                        + LiveInputs.nameOf(arn)
                        + "); the comparison prices the same traffic on standard Lambda. Use"
                        + " inspect_deployment for its deployment."));

    Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS);
    int hours = request.days() * 24;
    Instant start = end.minus(Duration.ofHours(hours));
    Optional<Map<String, MetricReader.Series>> series =
        new MetricReader(calls, clients.cloudWatch()).read(name, start, end, queries(name, hours));
    HourlySeries hourly = HourlySeries.of(start, hours, series.orElse(Map.of()));
    DataWindow window = Observations.window(hourly, end, request.days());
    Optional<ObservedMetrics> metrics =
        series.map(s -> Observations.metrics(hourly, s.get(WINDOW_P99).max()));
    if (series.isEmpty()) {
      notes.add("The metrics could not be read, so nothing was assessed (see calls).");
    } else if (series.get().values().stream().anyMatch(s -> !s.complete())) {
      notes.add(
          "CloudWatch had more datapoints than the page limit read (LMI_ADVISOR_LIVE_MAX_PAGES);"
              + " the figures cover part of the window.");
    }

    String pricesRegion = pricedRegions.contains(request.region()) ? request.region() : "us-east-1";
    if (!pricesRegion.equals(request.region())) {
      notes.add(
          "The price table has no prices for "
              + request.region()
              + "; us-east-1 prices stand in for the cost figures.");
    }
    Optional<Integer> memory = summary.flatMap(FunctionSummary::memoryMb);
    Architecture architecture =
        summary
            .flatMap(FunctionSummary::architecture)
            .map(Architecture::parse)
            .orElse(Architecture.X86_64);
    Optional<Assessment> assessment =
        metrics.map(m -> assessor.assess(signals(m, summary, runtime, pricesRegion)));
    Optional<SizingResult> sized =
        metrics.flatMap(m -> size(m, runtime, memory, architecture, pricesRegion, notes));
    Optional<CostComparison> compared =
        metrics.flatMap(m -> compare(m, runtime, memory, architecture, pricesRegion, notes));
    metrics
        .filter(m -> m.throttles() > 0)
        .ifPresent(
            m ->
                notes.add(
                    ("Standard Lambda throttled %,d invocations (%.2f%%): a concurrency limit of"
                            + " the account or the function was reached. On LMI the limit is the"
                            + " execution environments ready, which scale on CPU and concurrency.")
                        .formatted(m.throttles(), m.throttleRatePct())));
    return new FunctionAssessment(
        name,
        request.region(),
        summary,
        window,
        metrics,
        series.isPresent() ? Observations.daily(hourly) : List.of(),
        assessment,
        sized,
        compared,
        pricesRegion,
        notes,
        calls.deniedActions(),
        calls.records(),
        calls.auditId());
  }

  static final String WINDOW_P99 = "duration_p99_window";

  private static List<MetricDataQuery> queries(String function, int hours) {
    return List.of(
        MetricReader.stat(
            HourlySeries.INVOCATIONS, "Invocations", "FunctionName", function, "Sum", HOUR),
        MetricReader.stat(
            HourlySeries.DURATION_AVG, "Duration", "FunctionName", function, "Average", HOUR),
        MetricReader.stat(
            HourlySeries.DURATION_P99, "Duration", "FunctionName", function, "p99", HOUR),
        MetricReader.stat(
            HourlySeries.CONCURRENCY,
            "ConcurrentExecutions",
            "FunctionName",
            function,
            "Maximum",
            HOUR),
        MetricReader.stat(
            HourlySeries.THROTTLES, "Throttles", "FunctionName", function, "Sum", HOUR),
        MetricReader.stat(HourlySeries.ERRORS, "Errors", "FunctionName", function, "Sum", HOUR),
        MetricReader.stat(WINDOW_P99, "Duration", "FunctionName", function, "p99", hours * HOUR));
  }

  private static FunctionSummary summary(
      GetFunctionConfigurationResponse f, RuntimeSupport runtime, Optional<String> runtimeId) {
    return new FunctionSummary(
        f.functionName(),
        runtimeId,
        Optional.ofNullable(f.memorySize()),
        Optional.of(
            f.architecturesAsStrings().isEmpty()
                ? "x86_64"
                : f.architecturesAsStrings().getFirst()),
        Optional.of(f.vpcConfig() != null && !f.vpcConfig().subnetIds().isEmpty()),
        FunctionConfigs.capacityProviderArn(f),
        runtime.asIs());
  }

  private static WorkloadSignals signals(
      ObservedMetrics m, Optional<FunctionSummary> fn, RuntimeSupport runtime, String region) {
    WorkloadSignals.Builder b =
        WorkloadSignals.builder()
            .monthlyRequests(m.monthlyRequests())
            .avgDurationMs(m.avgDurationMs().orElse(null))
            .memoryMb(fn.flatMap(FunctionSummary::memoryMb).orElse(null))
            .trafficPattern(m.trafficPattern())
            .runtime(runtime.runtime().orElse(null))
            .inVpc(fn.flatMap(FunctionSummary::inVpc).orElse(null))
            .region(region);
    if (runtime.other()) {
      b.otherRuntime();
    }
    return b.build();
  }

  private Optional<SizingResult> size(
      ObservedMetrics m,
      RuntimeSupport runtime,
      Optional<Integer> memory,
      Architecture architecture,
      String region,
      List<String> notes) {
    if (runtime.runtime().isEmpty()
        || m.peakConcurrency().isEmpty()
        || m.avgDurationMs().isEmpty()) {
      return Optional.empty();
    }
    LambdaRuntime family = runtime.runtime().get();
    if (family == LambdaRuntime.PYTHON) {
      notes.add(
          "Python on LMI runs one process per concurrent request, sharing the environment's memory:"
              + " the sizing starts at the 2048 MB floor; measure one process's memory and give it"
              + " to compute_sizing as memory_mb.");
    }
    try {
      return Optional.of(
          sizing.size(
              SizingRequest.builder(family)
                  .peakConcurrency(Math.max(1, m.peakConcurrency().get()))
                  .avgDurationMs(m.avgDurationMs().get())
                  .memoryMb(family == LambdaRuntime.PYTHON ? null : memory.orElse(null))
                  .architecture(architecture)
                  .region(region)
                  .build()));
    } catch (UserInputException e) {
      notes.add("No sizing: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<CostComparison> compare(
      ObservedMetrics m,
      RuntimeSupport runtime,
      Optional<Integer> memory,
      Architecture architecture,
      String region,
      List<String> notes) {
    if (m.monthlyRequests() < 1 || m.avgDurationMs().isEmpty() || memory.isEmpty()) {
      notes.add(
          m.monthlyRequests() < 1
              ? "No invocation in the window: there is no traffic to price."
              : "No cost comparison: the function's memory or duration is not known.");
      return Optional.empty();
    }
    try {
      return Optional.of(
          costs.compare(
              CostRequest.builder(m.monthlyRequests(), m.avgDurationMs().get(), memory.get())
                  .architecture(architecture)
                  .region(region)
                  .runtime(runtime.runtime().orElse(null))
                  .peakConcurrency(m.peakConcurrency().map(p -> Math.max(1, p)).orElse(null))
                  .build()));
    } catch (UserInputException e) {
      notes.add("No cost comparison: " + e.getMessage());
      return Optional.empty();
    }
  }
}
