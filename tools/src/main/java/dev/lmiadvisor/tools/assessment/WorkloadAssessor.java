package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.cost.CostComparator;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.cost.CostRequest;
import dev.lmiadvisor.tools.cost.InstancePricer;
import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.cost.QuickEstimates;
import dev.lmiadvisor.tools.sizing.SizingCalculator;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * assess_workload: turns the Quick Decision signals of the aws-lambda-managed-instances agent skill
 * into a verdict, one line per signal, with the corrections the references make to that table (GPU
 * instances are not supported; request volume alone does not decide cost, GB-seconds per request
 * do).
 *
 * <p>How the verdict is reached:
 *
 * <ul>
 *   <li>a decisive signal (needs to scale to zero, GPU, an unsupported runtime) means {@code
 *       standard_lambda};
 *   <li>{@code lmi_strong_fit} when every quick-decision signal given points to LMI: steady
 *       traffic, 50M+ requests a month (or, with duration and memory, a cost check that LMI wins),
 *       unacceptable cold starts, no need to scale to zero, code ready for concurrency, and nothing
 *       given against; the cost check is then the required next step;
 *   <li>otherwise each signal adds its weight (0 to 2) towards LMI or subtracts it towards standard
 *       Lambda: {@code lmi_strong_fit} needs a score of at least 4, steady traffic, an economic
 *       signal for LMI and no heavy signal against; {@code lmi_possible} needs a score of at least
 *       1; anything less stays on standard Lambda, the default compute type.
 * </ul>
 *
 * <p>With monthly requests, average duration and memory it runs the break-even itself ({@link
 * CostComparator} with its defaults and the embedded prices), says which way the cost points and
 * names the volume that would turn it.
 */
public final class WorkloadAssessor {

  static final int STRONG_SCORE = 4;
  static final int POSSIBLE_SCORE = 1;

  /**
   * The volume of the skill's quick-decision table ("steady, predictable, 50M+ req/mo"); the cost
   * reference keeps it as a rule of thumb, not a break-even.
   */
  static final long QUICK_DECISION_MONTHLY_REQUESTS = 50_000_000L;

  /** Standard Lambda's largest function; a comparison needs the function to exist there. */
  static final int MAX_STANDARD_MEMORY_MB = 10_240;

  private final PriceTable prices;
  private final CostComparator costs;

  /** Prices from the embedded table only: assess_workload never reaches the network. */
  public WorkloadAssessor(PriceTable prices) {
    this.prices = prices;
    this.costs =
        new CostComparator(
            prices,
            new InstancePricer(prices, Optional.empty(), Clock.systemUTC()),
            new SizingCalculator(prices.catalog(), prices));
  }

  public Assessment assess(WorkloadSignals in) {
    QuickEstimates.Floor floor = QuickEstimates.floor(prices, in.region());
    List<SignalFinding> findings = new ArrayList<>();
    List<String> missing = new ArrayList<>();

    traffic(in, findings, missing);
    CostCheck cost = costCheck(in);
    boolean economicForLmi = volume(in, cost, findings, missing);
    economicForLmi |= spend(in, floor, findings, missing);
    coldStarts(in, findings, missing);
    scaleToZero(in, findings, missing);
    runtimeAndCode(in, findings, missing);
    computeNeeds(in, findings, missing);
    isolation(in, findings, missing);
    vpc(in, findings, missing);

    boolean agree = everySignalAgrees(in, findings);
    Verdict verdict = agree ? Verdict.LMI_STRONG_FIT : verdict(in, findings, economicForLmi);
    return new Assessment(
        verdict.id(),
        summary(verdict, agree, findings, cost),
        findings,
        missing,
        nextSteps(verdict, missing, cost),
        cost);
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
                  "Steady, predictable traffic keeps the instances busy; LMI scales asynchronously and absorbs traffic that at most doubles within %d minutes."
                      .formatted(LmiLimits.TRAFFIC_DOUBLING_MINUTES));
          case BURSTY ->
              SignalFinding.of(
                  "traffic_pattern",
                  Favors.STANDARD_LAMBDA,
                  2,
                  "Bursty traffic: LMI scales asynchronously on CPU and concurrency, traffic that more than doubles within %d minutes can be throttled (HTTP 429), and headroom for bursts is paid for while idle."
                      .formatted(LmiLimits.TRAFFIC_DOUBLING_MINUTES));
          case IDLE_PERIODS ->
              SignalFinding.of(
                  "traffic_pattern",
                  Favors.STANDARD_LAMBDA,
                  2,
                  "Long idle periods: LMI instances bill while idle and do not scale to zero; standard Lambda costs nothing when no request runs.");
        });
  }

  /** The break-even at the given volume, or null when volume, duration or memory is missing. */
  private CostCheck costCheck(WorkloadSignals in) {
    if (in.monthlyRequests() == null
        || in.monthlyRequests() < 1
        || in.avgDurationMs() == null
        || in.memoryMb() == null
        || in.memoryMb() > MAX_STANDARD_MEMORY_MB) {
      return null;
    }
    CostComparison c =
        costs.compare(
            CostRequest.builder(in.monthlyRequests(), in.avgDurationMs(), in.memoryMb())
                .region(in.region())
                .runtime(in.runtime())
                .build());
    return new CostCheck(
        c.monthlyRequests(),
        c.standardLambda().monthlyUsd(),
        c.lmi().monthlyUsd(),
        c.lmi().instanceType(),
        c.lmi().instanceCount(),
        c.cheaper(),
        c.savingsPct(),
        c.breakEvenMonthlyRequests(),
        c.pricesAsOf());
  }

  /**
   * Monthly volume: with duration and memory, which way the break-even points; without them, only
   * where the volume sits against the quick-decision table's 50M.
   */
  private static boolean volume(
      WorkloadSignals in, CostCheck cost, List<SignalFinding> findings, List<String> missing) {
    if (in.monthlyRequests() == null) {
      missing.add("monthly_requests");
      return false;
    }
    if (cost == null) {
      if (in.avgDurationMs() == null) {
        missing.add("avg_duration_ms");
      }
      if (in.memoryMb() == null) {
        missing.add("memory_mb");
      }
      boolean high = in.monthlyRequests() >= QUICK_DECISION_MONTHLY_REQUESTS;
      findings.add(
          SignalFinding.of(
              "monthly_requests",
              high ? Favors.LMI : Favors.STANDARD_LAMBDA,
              1,
              "%,d requests a month is %s the 50M a month of the quick-decision table. Volume alone does not decide cost: break-even depends on GB-seconds per request (about 46M to 152M requests for 512 MB and 200 ms, about 4.9 billion for 128 MB and 20 ms). Give avg_duration_ms and memory_mb and the break-even is run here."
                  .formatted(in.monthlyRequests(), high ? "above" : "below")));
      return false;
    }
    String winner = cost.lmiCheaper() ? "LMI" : "standard Lambda";
    findings.add(
        SignalFinding.of(
            "monthly_requests",
            cost.lmiCheaper() ? Favors.LMI : Favors.STANDARD_LAMBDA,
            cost.savingsPct() >= 20 ? 2 : 1,
            "%,d requests x %s ms x %d MB: standard Lambda costs $%,.2f a month (x86_64, on demand, no free tier) and LMI $%,.2f on %d x %s with the 15%% fee (compare_costs, prices as of %s), so %s is cheaper by %.1f%%. Break-even for this fleet: %,d requests a month; %s it, the cost points the other way."
                .formatted(
                    in.monthlyRequests(),
                    trim(in.avgDurationMs()),
                    in.memoryMb(),
                    cost.standardLambdaMonthlyUsd(),
                    cost.lmiMonthlyUsd(),
                    cost.lmiInstanceCount(),
                    cost.lmiInstanceType(),
                    cost.pricesAsOf(),
                    winner,
                    cost.savingsPct(),
                    cost.breakEvenMonthlyRequests(),
                    cost.lmiCheaper() ? "below" : "above")));
    return cost.lmiCheaper();
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

  /**
   * Every quick-decision signal given points to LMI, and the ones that decide it were given:
   * traffic, volume, cold starts, scale to zero and code readiness.
   */
  private static boolean everySignalAgrees(WorkloadSignals in, List<SignalFinding> findings) {
    boolean codeReady =
        in.runtime() == LambdaRuntime.PYTHON || Boolean.TRUE.equals(in.threadSafe());
    boolean volumeForLmi =
        findings.stream()
            .anyMatch(
                f -> f.signal().equals("monthly_requests") && f.favors().equals(Favors.LMI.id()));
    boolean nothingAgainst =
        findings.stream().noneMatch(f -> f.favors().equals(Favors.STANDARD_LAMBDA.id()));
    return in.trafficPattern() == TrafficPattern.STEADY
        && volumeForLmi
        && in.coldStarts() == ColdStartTolerance.UNACCEPTABLE
        && Boolean.FALSE.equals(in.needsScaleToZero())
        && in.runtime() != null
        && codeReady
        && nothingAgainst;
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

  private static String summary(
      Verdict verdict, boolean agree, List<SignalFinding> findings, CostCheck cost) {
    long forLmi = findings.stream().filter(f -> f.favors().equals(Favors.LMI.id())).count();
    long against =
        findings.stream().filter(f -> f.favors().equals(Favors.STANDARD_LAMBDA.id())).count();
    String counts =
        "%d signal%s for LMI, %d for standard Lambda"
            .formatted(forLmi, forLmi == 1 ? "" : "s", against);
    String costLine =
        cost == null
            ? ""
            : " At %,d requests a month %s is cheaper ($%,.2f against $%,.2f); break-even %,d."
                .formatted(
                    cost.monthlyRequests(),
                    cost.lmiCheaper() ? "LMI" : "standard Lambda",
                    cost.lmiCheaper() ? cost.lmiMonthlyUsd() : cost.standardLambdaMonthlyUsd(),
                    cost.lmiCheaper() ? cost.standardLambdaMonthlyUsd() : cost.lmiMonthlyUsd(),
                    cost.breakEvenMonthlyRequests());
    return switch (verdict) {
      case LMI_STRONG_FIT ->
          (agree
                  ? "Strong fit for Lambda Managed Instances: every quick-decision signal given points to it ("
                      + counts
                      + "); the cost check is the required next step."
                  : "Strong fit for Lambda Managed Instances (" + counts + ").")
              + costLine;
      case LMI_POSSIBLE ->
          "LMI is possible ("
              + counts
              + "); confirm with compute_sizing and compare_costs."
              + costLine;
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
              : "Stay on standard Lambda for now (" + counts + ")." + costLine;
    };
  }

  private static List<String> nextSteps(Verdict verdict, List<String> missing, CostCheck cost) {
    List<String> steps = new ArrayList<>();
    if (verdict.recommendsLmi()) {
      steps.add(requiredCostStep(cost));
    } else if (cost != null && !cost.lmiCheaper()) {
      steps.add(
          "Standard Lambda is cheaper at this volume; LMI would become cheaper above %,d requests a month with the same duration and memory."
              .formatted(cost.breakEvenMonthlyRequests()));
    }
    if (!missing.isEmpty()) {
      steps.add("Collect the missing signals: " + String.join(", ", missing) + ".");
    }
    if (verdict.recommendsLmi()) {
      steps.add("Run compute_sizing for memory, concurrency, environments and instance types.");
      steps.add("Review the code for concurrency safety (review_thread_safety).");
    }
    return steps;
  }

  /** The cost check every LMI recommendation must pass before anyone moves traffic. */
  private static String requiredCostStep(CostCheck cost) {
    if (cost == null) {
      return "Required before deciding: run compare_costs with monthly_requests, avg_duration_ms and memory_mb (and your instance type, count and savings plan). Volume alone does not decide cost, and LMI's 3-instance floor bills even at zero traffic.";
    }
    if (cost.lmiCheaper()) {
      return ("Required before deciding: confirm the cost with compare_costs using your instance"
              + " type, count and savings plan. With the fleet sized here LMI stays cheaper above"
              + " %,d requests a month (you have %,d); below that volume, or if the confirmed LMI"
              + " bill exceeds $%,.2f, the verdict changes.")
          .formatted(
              cost.breakEvenMonthlyRequests(),
              cost.monthlyRequests(),
              cost.standardLambdaMonthlyUsd());
    }
    return ("Required before deciding: cost points to standard Lambda at %,d requests a month ($%,.2f"
            + " against $%,.2f on LMI). LMI becomes cheaper above %,d requests a month with this"
            + " fleet; check with compare_costs whether a savings plan or another instance type"
            + " moves the break-even below your volume.")
        .formatted(
            cost.monthlyRequests(),
            cost.standardLambdaMonthlyUsd(),
            cost.lmiMonthlyUsd(),
            cost.breakEvenMonthlyRequests());
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
