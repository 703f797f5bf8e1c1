package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.cost.QuickEstimates;
import dev.lmiadvisor.tools.sizing.Architecture;
import dev.lmiadvisor.tools.sizing.LambdaRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * assess_workload: turns the seed skill's Quick Decision signals into a verdict, one line per
 * signal, with the corrections the references make to the seed (GPU instances are not supported;
 * request volume alone does not decide cost, GB-seconds per request do).
 *
 * <p>How the verdict is reached:
 *
 * <ul>
 *   <li>a decisive signal (needs to scale to zero, GPU, an unsupported runtime) means {@code
 *       standard_lambda};
 *   <li>otherwise each signal adds its weight (0 to 2) towards LMI or subtracts it towards standard
 *       Lambda;
 *   <li>{@code lmi_strong_fit} needs a score of at least 4, steady traffic, an economic signal for
 *       LMI (duration cost or spend above the 3-instance floor) and no heavy signal against;
 *   <li>{@code lmi_possible} needs a score of at least 1; anything less stays on standard Lambda,
 *       the default compute type, since the seed requires a cost comparison before recommending
 *       LMI.
 * </ul>
 */
public final class WorkloadAssessor {

  static final int STRONG_SCORE = 4;
  static final int POSSIBLE_SCORE = 1;

  private final PriceTable prices;

  public WorkloadAssessor(PriceTable prices) {
    this.prices = prices;
  }

  public Assessment assess(WorkloadSignals in) {
    QuickEstimates.Floor floor = QuickEstimates.floor(prices, in.region());
    List<SignalFinding> findings = new ArrayList<>();
    List<String> missing = new ArrayList<>();

    traffic(in, findings, missing);
    boolean economicForLmi = volume(in, floor, findings, missing);
    economicForLmi |= spend(in, floor, findings, missing);
    coldStarts(in, findings, missing);
    scaleToZero(in, findings, missing);
    runtimeAndCode(in, findings, missing);
    computeNeeds(in, findings, missing);
    isolation(in, findings, missing);
    vpc(in, findings, missing);

    Verdict verdict = verdict(in, findings, economicForLmi);
    return new Assessment(
        verdict.id(), summary(verdict, findings), findings, missing, nextSteps(verdict, missing));
  }

  private static void traffic(
      WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.trafficPattern() == null) {
      missing.add("traffic_pattern");
      return;
    }
    findings.add(
        switch (in.trafficPattern()) {
          case STEADY ->
              SignalFinding.of(
                  "traffic_pattern",
                  Favors.LMI,
                  2,
                  "Steady, predictable traffic keeps the instances busy; LMI scales asynchronously and absorbs traffic that at most doubles within 5 minutes.");
          case BURSTY ->
              SignalFinding.of(
                  "traffic_pattern",
                  Favors.STANDARD_LAMBDA,
                  2,
                  "Bursty traffic: LMI scales asynchronously on CPU and concurrency, traffic that more than doubles within 5 minutes can be throttled (HTTP 429), and headroom for bursts is paid for while idle.");
          case IDLE_PERIODS ->
              SignalFinding.of(
                  "traffic_pattern",
                  Favors.STANDARD_LAMBDA,
                  2,
                  "Long idle periods: LMI instances bill while idle and do not scale to zero; standard Lambda costs nothing when no request runs.");
        });
  }

  /** Monthly volume, judged by the duration charge it causes when duration and memory are known. */
  private boolean volume(
      WorkloadSignals in,
      QuickEstimates.Floor floor,
      List<SignalFinding> findings,
      List<String> missing) {
    if (in.monthlyRequests() == null) {
      missing.add("monthly_requests");
      return false;
    }
    if (in.avgDurationMs() == null || in.memoryMb() == null || in.memoryMb() > 10_240) {
      if (in.avgDurationMs() == null) {
        missing.add("avg_duration_ms");
      }
      if (in.memoryMb() == null) {
        missing.add("memory_mb");
      }
      findings.add(
          SignalFinding.of(
              "monthly_requests",
              Favors.NEITHER,
              0,
              "%,d requests a month. Volume alone does not decide cost: break-even depends on GB-seconds per request (about 46M to 152M requests for 512 MB and 200 ms, about 4.9 billion for 128 MB and 20 ms). Give avg_duration_ms and memory_mb."
                  .formatted(in.monthlyRequests())));
      return false;
    }
    double duration =
        QuickEstimates.standardDurationUsd(
            prices,
            in.region(),
            Architecture.X86_64,
            in.monthlyRequests(),
            in.avgDurationMs(),
            in.memoryMb());
    boolean aboveFloor = duration > floor.monthlyUsd();
    findings.add(
        SignalFinding.of(
            "monthly_requests",
            aboveFloor ? Favors.LMI : Favors.STANDARD_LAMBDA,
            aboveFloor && duration > 2 * floor.monthlyUsd() ? 2 : 1,
            "%,d requests x %s ms x %d MB cost $%,.2f a month in GB-seconds on standard Lambda (x86, on demand); the smallest LMI fleet, 3 x %s with the 15%% fee, costs $%,.2f before any request. %s"
                .formatted(
                    in.monthlyRequests(),
                    trim(in.avgDurationMs()),
                    in.memoryMb(),
                    duration,
                    floor.instanceType(),
                    floor.monthlyUsd(),
                    aboveFloor
                        ? "LMI removes the GB-second charge, so it can pay off; confirm with compare_costs."
                        : "The floor is higher than the whole duration charge LMI would remove.")));
    return aboveFloor;
  }

  private boolean spend(
      WorkloadSignals in,
      QuickEstimates.Floor floor,
      List<SignalFinding> findings,
      List<String> missing) {
    if (in.monthlyLambdaSpendUsd() == null) {
      missing.add("monthly_lambda_spend_usd");
      return false;
    }
    double spend = in.monthlyLambdaSpendUsd();
    Favors favors;
    int weight;
    String why;
    if (spend < floor.monthlyUsd()) {
      favors = Favors.STANDARD_LAMBDA;
      weight = 2;
      why = "below what the smallest LMI fleet costs on its own";
    } else if (spend < 2 * floor.monthlyUsd()) {
      favors = Favors.NEITHER;
      weight = 0;
      why = "close to the smallest LMI fleet's cost: only a duration-heavy bill would shrink";
    } else {
      favors = Favors.LMI;
      weight = 1;
      why = "several times the smallest LMI fleet's cost: duration-heavy spend at scale can shrink";
    }
    findings.add(
        SignalFinding.of(
            "monthly_lambda_spend_usd",
            favors,
            weight,
            "$%,.2f a month on Lambda is %s (3 x %s with the 15%% fee: $%,.2f)."
                .formatted(spend, why, floor.instanceType(), floor.monthlyUsd())));
    return favors == Favors.LMI;
  }

  private static void coldStarts(
      WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.coldStarts() == null) {
      missing.add("cold_starts");
      return;
    }
    findings.add(
        in.coldStarts() == ColdStartTolerance.UNACCEPTABLE
            ? SignalFinding.of(
                "cold_starts",
                Favors.LMI,
                1,
                "Cold starts are unacceptable: LMI keeps execution environments initialized, so requests within capacity never cold-start.")
            : SignalFinding.of(
                "cold_starts",
                Favors.NEITHER,
                0,
                "Cold starts are tolerable: LMI's main latency benefit does not matter here."));
  }

  private static void scaleToZero(
      WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.needsScaleToZero() == null) {
      missing.add("needs_scale_to_zero");
      return;
    }
    findings.add(
        in.needsScaleToZero()
            ? SignalFinding.decisive(
                "needs_scale_to_zero",
                "The workload must scale to zero: LMI does not. A version keeps at least its minimum execution environments running; setting minimum and maximum to 0 deactivates it, and it does not come back on traffic.")
            : SignalFinding.of(
                "needs_scale_to_zero",
                Favors.NEITHER,
                0,
                "No need to scale to zero: LMI's always-on minimum (3 execution environments in production) is acceptable."));
  }

  private static void runtimeAndCode(
      WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.otherRuntime()) {
      findings.add(
          SignalFinding.decisive(
              "runtime",
              "LMI runs Node.js 22+, Java 21+, .NET 8+, Python 3.13+ and Rust on provided.al2023; other runtimes stay on standard Lambda."));
      return;
    }
    LambdaRuntime runtime = in.runtime();
    if (runtime == null) {
      missing.add("runtime");
    } else {
      findings.add(
          SignalFinding.of(
              "runtime",
              Favors.NEITHER,
              0,
              "%s is supported on LMI, with %d concurrent requests per vCPU by default%s."
                  .formatted(
                      runtime.displayName(),
                      runtime.concurrencyPerVcpu(),
                      runtime.documentedDefault()
                          ? ""
                          : " (AWS's ceiling; no documented default)")));
    }
    if (runtime == LambdaRuntime.PYTHON) {
      findings.add(
          SignalFinding.of(
              "thread_safe",
              Favors.NEITHER,
              0,
              "Python runs one process per concurrent request: globals are not shared, so thread safety is not needed; check /tmp file names and size memory per process."));
      return;
    }
    if (in.threadSafe() == null) {
      missing.add("thread_safe");
      return;
    }
    findings.add(
        in.threadSafe()
            ? SignalFinding.of(
                "thread_safe",
                Favors.LMI,
                1,
                "The code is safe to run several requests at once in one execution environment, which LMI does.")
            : SignalFinding.of(
                "thread_safe",
                Favors.STANDARD_LAMBDA,
                2,
                "The code is not safe for concurrent requests in one environment (shared mutable state, request-specific /tmp paths, per-invocation connections): fix it first (thread-safety reference) or stay on standard Lambda."));
  }

  private static void computeNeeds(
      WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.computeNeeds() == null) {
      missing.add("compute_needs");
      return;
    }
    findings.add(
        switch (in.computeNeeds()) {
          case STANDARD ->
              SignalFinding.of(
                  "compute_needs",
                  Favors.STANDARD_LAMBDA,
                  1,
                  "Standard Lambda's memory and CPU are enough.");
          case LATEST_CPUS ->
              SignalFinding.of(
                  "compute_needs",
                  Favors.LMI,
                  1,
                  "LMI lets you choose current instance families, Graviton4 included.");
          case HIGH_NETWORK_BANDWIDTH ->
              SignalFinding.of(
                  "compute_needs",
                  Favors.LMI,
                  1,
                  "LMI can run on network-optimized (n) instance types through AllowedInstanceTypes.");
          case LARGE_MEMORY ->
              SignalFinding.of(
                  "compute_needs",
                  Favors.LMI,
                  2,
                  "Standard Lambda stops at 10,240 MB; an LMI execution environment goes up to 32,768 MB.");
          case GPU ->
              SignalFinding.decisive(
                  "compute_needs",
                  "LMI does not support GPU instances (only C, M and R families), whatever older guidance says; look at ECS or EC2 with GPUs instead.");
        });
  }

  private static void isolation(
      WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.isolation() == null) {
      missing.add("isolation");
      return;
    }
    findings.add(
        in.isolation() == Isolation.DEDICATED_INSTANCES
            ? SignalFinding.of(
                "isolation",
                Favors.LMI,
                1,
                "LMI runs on EC2 instances in your own account and VPC; the capacity provider is the security boundary.")
            : SignalFinding.of(
                "isolation",
                Favors.NEITHER,
                0,
                "Shared Firecracker micro-VMs are acceptable, so isolation does not decide."));
  }

  private static void vpc(WorkloadSignals in, List<SignalFinding> findings, List<String> missing) {
    if (in.inVpc() == null) {
      missing.add("in_vpc");
      return;
    }
    findings.add(
        in.inVpc()
            ? SignalFinding.of(
                "in_vpc",
                Favors.LMI,
                1,
                "Already in a VPC: the capacity provider's subnets and routes exist; it needs 3+ AZs and NAT or VPC endpoints for AWS APIs and logs.")
            : SignalFinding.of(
                "in_vpc",
                Favors.NEITHER,
                0,
                "Not in a VPC yet: LMI needs one, with subnets in 3+ AZs and a NAT gateway or VPC endpoints, which cost extra."));
  }

  private static Verdict verdict(
      WorkloadSignals in, List<SignalFinding> findings, boolean economicForLmi) {
    if (findings.stream().anyMatch(SignalFinding::decisive)) {
      return Verdict.STANDARD_LAMBDA;
    }
    int score = 0;
    boolean heavyAgainst = false;
    for (SignalFinding f : findings) {
      if (f.favors().equals(Favors.LMI.id())) {
        score += f.weight();
      } else if (f.favors().equals(Favors.STANDARD_LAMBDA.id())) {
        score -= f.weight();
        heavyAgainst |= f.weight() >= 2;
      }
    }
    if (score >= STRONG_SCORE
        && in.trafficPattern() == TrafficPattern.STEADY
        && economicForLmi
        && !heavyAgainst) {
      return Verdict.LMI_STRONG_FIT;
    }
    return score >= POSSIBLE_SCORE ? Verdict.LMI_POSSIBLE : Verdict.STANDARD_LAMBDA;
  }

  private static String summary(Verdict verdict, List<SignalFinding> findings) {
    long forLmi = findings.stream().filter(f -> f.favors().equals(Favors.LMI.id())).count();
    long against =
        findings.stream().filter(f -> f.favors().equals(Favors.STANDARD_LAMBDA.id())).count();
    String counts =
        "%d signal%s for LMI, %d for standard Lambda"
            .formatted(forLmi, forLmi == 1 ? "" : "s", against);
    return switch (verdict) {
      case LMI_STRONG_FIT -> "Strong fit for Lambda Managed Instances (" + counts + ").";
      case LMI_POSSIBLE ->
          "LMI is possible (" + counts + "); confirm with compute_sizing and compare_costs.";
      case STANDARD_LAMBDA ->
          findings.stream().anyMatch(SignalFinding::decisive)
              ? "Stay on standard Lambda: "
                  + findings.stream()
                      .filter(SignalFinding::decisive)
                      .map(SignalFinding::signal)
                      .findFirst()
                      .orElseThrow()
                      .replace('_', ' ')
                  + " rules LMI out."
              : "Stay on standard Lambda for now (" + counts + ").";
    };
  }

  private static List<String> nextSteps(Verdict verdict, List<String> missing) {
    List<String> steps = new ArrayList<>();
    if (!missing.isEmpty()) {
      steps.add("Collect the missing signals: " + String.join(", ", missing) + ".");
    }
    if (verdict.recommendsLmi()) {
      steps.add("Run compute_sizing for memory, concurrency, environments and instance types.");
      steps.add(
          "Run compare_costs with the same volume, duration and memory before deciding; LMI's 3-instance floor bills even at zero traffic.");
      steps.add("Review the code for concurrency safety (review_thread_safety).");
    }
    return steps;
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
