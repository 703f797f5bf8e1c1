package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.sizing.InstanceOption;
import dev.lmiadvisor.tools.sizing.InstanceType;
import dev.lmiadvisor.tools.sizing.SizingCalculator;
import dev.lmiadvisor.tools.sizing.SizingRequest;
import dev.lmiadvisor.tools.sizing.SizingResult;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * compare_costs: standard Lambda (requests plus GB-seconds, free tier only when asked, Lambda's
 * Compute Savings Plan rate on duration) against LMI (instances x hourly x 730 h, plus 15% of the
 * on-demand EC2 price, plus $0.20 per million requests; savings plans discount the EC2 part only),
 * with the break-even volume solved in closed form ({@link BreakEven}). Formulas: cost reference,
 * sections {@code standard-lambda-pricing}, {@code cost-formulas} and {@code break-even}.
 *
 * <p>When the LMI instance type or count is missing, compute_sizing derives it from the workload:
 * the cheapest suggested type, enough instances for {@code MaxExecutionEnvironments}, and never
 * fewer than 3.
 */
public final class CostComparator {

  static final int MIN_STANDARD_MEMORY_MB = 128;
  static final int MAX_STANDARD_MEMORY_MB = 10_240;
  static final double MAX_DURATION_MS = 900_000;
  static final int MIN_PRODUCTION_INSTANCES = 3;

  private final PriceTable table;
  private final InstancePricer pricer;
  private final SizingCalculator sizing;

  public CostComparator(PriceTable table, InstancePricer pricer, SizingCalculator sizing) {
    this.table = table;
    this.pricer = pricer;
    this.sizing = sizing;
  }

  public CostComparison compare(CostRequest request) {
    return price(request).comparison();
  }

  /** The comparison and the data of its break-even chart ({@link CostSeries}). */
  public CostAnalysis analyse(CostRequest request) {
    Priced priced = price(request);
    return new CostAnalysis(priced.comparison(), series(request, priced));
  }

  /** The bills of one savings-plan scenario, as functions of the monthly volume. */
  private record Model(
      SavingsPlan plan, StandardLambdaPricing standard, LmiFleetPricing lmi, double breakEven) {}

  private record Priced(
      CostComparison comparison, LambdaRates rates, Fleet fleet, Ec2Price price, Model model) {}

  private Priced price(CostRequest request) {
    validate(request);
    LambdaRates rates = table.lambdaRates(request.region());
    Discounts discounts = table.discounts(request.savingsPlan());
    List<String> assumptions = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    Fleet fleet = fleet(request, assumptions, warnings);
    InstancePricer.Quote quote = pricer.quote(request.region(), fleet.type().name());
    warnings.addAll(quote.warnings());
    Ec2Price price = quote.price();

    Model model = model(request, request.savingsPlan(), rates, fleet, price);
    StandardLambdaPricing standardPricing = model.standard();
    LmiFleetPricing lmiPricing = model.lmi();

    long requests = request.monthlyRequests();
    StandardLambdaCost standard = standardPricing.cost(requests);
    LmiCost lmi = lmiCost(fleet, price, lmiPricing, requests);
    boolean lmiCheaper = lmi.monthlyUsd() < standard.monthlyUsd();
    double dearer = Math.max(lmi.monthlyUsd(), standard.monthlyUsd());
    double savingsPct =
        dearer == 0 ? 0 : Math.abs(standard.monthlyUsd() - lmi.monthlyUsd()) / dearer * 100;

    double breakEven = model.breakEven();
    long breakEvenRequests = Math.round(breakEven);
    double breakEvenRps = breakEven / (table.hoursPerMonth() * 3600.0);

    addAssumptions(request, rates, discounts, assumptions);
    CostComparison comparison =
        new CostComparison(
            request.region(),
            request.architecture().id(),
            requests,
            standard,
            lmi,
            lmiCheaper ? "lmi" : "standard_lambda",
            Money.oneDecimal(savingsPct),
            breakEvenRequests,
            Money.oneDecimal(breakEvenRps),
            discounts,
            request.includeFreeTier(),
            price.asOf(),
            table.version(),
            assumptions,
            warnings);
    return new Priced(comparison, rates, fleet, price, model);
  }

  private Model model(
      CostRequest request, SavingsPlan plan, LambdaRates rates, Fleet fleet, Ec2Price price) {
    Discounts discounts = table.discounts(plan);
    LmiFleetPricing lmi =
        new LmiFleetPricing(
            fleet.count(),
            price.usdPerHour(),
            table.hoursPerMonth(),
            discounts.ec2Pct(),
            rates.managementFeePct(),
            rates.lmiRequestUsdPerMillion());
    StandardLambdaPricing standard =
        new StandardLambdaPricing(
            rates,
            request.architecture(),
            table.durationTiers(request.architecture()),
            request.avgDurationMs(),
            request.memoryMb(),
            discounts.lambdaPct(),
            request.includeFreeTier() ? table.freeTierRequests() : 0,
            request.includeFreeTier() ? table.freeTierGbSeconds() : 0);
    double breakEven =
        BreakEven.solve(n -> standard.monthlyUsd(n) - lmi.monthlyUsd(n), standard.breakpoints());
    return new Model(plan, standard, lmi, breakEven);
  }

  /** Intervals of the chart's axis; the volumes where a bill changes slope come on top. */
  static final int SERIES_STEPS = 40;

  /**
   * The chart's lines: the scenario asked, and on demand beside it when a savings plan was asked,
   * each bill sampled along an axis that runs from 0 to a round number past both the asked volume
   * and every break-even.
   */
  private CostSeries series(CostRequest request, Priced priced) {
    List<Model> models = new ArrayList<>();
    models.add(priced.model());
    if (request.savingsPlan() != SavingsPlan.NONE) {
      models.add(model(request, SavingsPlan.NONE, priced.rates(), priced.fleet(), priced.price()));
    }
    double furthest = request.monthlyRequests();
    for (Model model : models) {
      furthest = Math.max(furthest, model.breakEven());
    }
    long to = roundUp(furthest * 1.5);
    TreeSet<Long> volumes = new TreeSet<>();
    for (int i = 0; i <= SERIES_STEPS; i++) {
      volumes.add(Math.round((double) to * i / SERIES_STEPS));
    }
    volumes.add(request.monthlyRequests());
    for (Model model : models) {
      volumes.add(Math.round(model.breakEven()));
      for (double point : model.standard().breakpoints()) {
        if (point > 0 && point < to) {
          volumes.add(Math.round(point));
        }
      }
    }
    List<CostSeries.Line> lines = new ArrayList<>();
    List<CostSeries.BreakEvenMark> marks = new ArrayList<>();
    for (Model model : models) {
      boolean asAsked = model == priced.model();
      String scenario = scenario(model.plan());
      List<CostSeries.Point> standard = new ArrayList<>();
      List<CostSeries.Point> lmi = new ArrayList<>();
      for (long n : volumes) {
        standard.add(new CostSeries.Point(n, Money.cents(model.standard().monthlyUsd(n))));
        lmi.add(new CostSeries.Point(n, Money.cents(model.lmi().monthlyUsd(n))));
      }
      lines.add(
          new CostSeries.Line(
              "standard_lambda", model.plan(), asAsked, "Standard Lambda" + scenario, standard));
      lines.add(
          new CostSeries.Line(
              "lmi",
              model.plan(),
              asAsked,
              "LMI, %d x %s%s"
                  .formatted(priced.fleet().count(), priced.fleet().type().name(), scenario),
              lmi));
      long at = Math.round(model.breakEven());
      marks.add(
          new CostSeries.BreakEvenMark(
              model.plan(), asAsked, at, Money.cents(model.lmi().monthlyUsd(at))));
    }
    return new CostSeries(0, to, request.monthlyRequests(), lines, marks);
  }

  private static String scenario(SavingsPlan plan) {
    return switch (plan) {
      case NONE -> " (on demand)";
      case COMPUTE_1YR -> " (Compute Savings Plan, 1 year)";
      case COMPUTE_3YR -> " (Compute Savings Plan, 3 years)";
    };
  }

  /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code value}. */
  static long roundUp(double value) {
    if (!(value > 1)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= value) {
        return Math.round(step * power);
      }
    }
    return Math.round(10 * power);
  }

  private static void validate(CostRequest request) {
    if (request.monthlyRequests() < 1) {
      throw new UserInputException(
          "monthly_requests must be at least 1; got " + request.monthlyRequests());
    }
    double duration = request.avgDurationMs();
    if (!(duration > 0) || duration > MAX_DURATION_MS) {
      throw new UserInputException(
          "avg_duration_ms must be above 0 and at most 900000 (Lambda's 15-minute limit); got "
              + duration);
    }
    if (request.memoryMb() < MIN_STANDARD_MEMORY_MB
        || request.memoryMb() > MAX_STANDARD_MEMORY_MB) {
      throw new UserInputException(
          "memory_mb must be between 128 and 10240, standard Lambda's range; got %d (for LMI environments up to 32768 MB use compute_sizing)"
              .formatted(request.memoryMb()));
    }
    if (request.instanceCount() != null && request.instanceCount() < 1) {
      throw new UserInputException(
          "instance_count must be at least 1; got " + request.instanceCount());
    }
  }

  private record Fleet(InstanceType type, int count, boolean fromSizing) {}

  /** The LMI fleet: as given, or derived from compute_sizing. */
  private Fleet fleet(CostRequest request, List<String> assumptions, List<String> warnings) {
    InstanceType givenType =
        request.instanceType() == null
            ? null
            : pricer.instanceType(request.region(), request.instanceType());
    if (givenType != null && request.instanceCount() != null) {
      warnLowCount(request.instanceCount(), warnings);
      warnArchitecture(request, givenType, warnings);
      return new Fleet(givenType, request.instanceCount(), false);
    }

    double secondsPerMonth = table.hoursPerMonth() * 3600.0;
    double average = request.monthlyRequests() * request.avgDurationMs() / 1000.0 / secondsPerMonth;
    int peak =
        request.peakConcurrency() != null
            ? request.peakConcurrency()
            : (int) Math.max(1, Math.ceil(average));
    LambdaRuntime runtime = request.runtime() == null ? LambdaRuntime.NODEJS : request.runtime();
    SizingResult sized =
        sizing.size(
            SizingRequest.builder(runtime)
                .workload(request.workload())
                .peakConcurrency(peak)
                .memoryMb(request.memoryMb())
                .architecture(request.architecture())
                .environment(DeploymentEnvironment.PRODUCTION)
                .region(request.region())
                .build());

    InstanceType type;
    int perInstance;
    if (givenType != null) {
      type = givenType;
      perInstance =
          type.environmentsPerInstance(sized.vcpusPerExecutionEnvironment(), sized.memoryMb());
      if (perInstance < 1) {
        throw new UserInputException(
            "%s cannot host a %d MB, %d vCPU execution environment after the 1 vCPU + 1 GiB per-instance reservation; try %s"
                .formatted(
                    type.name(),
                    sized.memoryMb(),
                    sized.vcpusPerExecutionEnvironment(),
                    String.join(", ", sized.suggestedInstanceTypes())));
      }
      warnArchitecture(request, givenType, warnings);
    } else {
      if (sized.instanceOptions().isEmpty()) {
        throw new UserInputException(
            "no priced instance type in %s fits the sized environment; give instance_type and instance_count"
                .formatted(request.region()));
      }
      InstanceOption cheapest = sized.instanceOptions().getFirst();
      type = pricer.instanceType(request.region(), cheapest.instanceType());
      perInstance = cheapest.executionEnvironmentsPerInstance();
    }
    int derivedCount =
        Math.max(
            MIN_PRODUCTION_INSTANCES,
            (int) Math.ceil((double) sized.maxExecutionEnvironments() / perInstance));
    int count = request.instanceCount() != null ? request.instanceCount() : derivedCount;
    if (request.instanceCount() != null) {
      warnLowCount(count, warnings);
    }
    assumptions.add(
        ("Fleet from compute_sizing: %s, %s, %d requests in flight (%s), %d MB and %d vCPU per"
                + " execution environment, %d concurrent requests each; %d environments at"
                + " MaxExecutionEnvironments, %d per %s, so %d instances (never fewer than 3).")
            .formatted(
                runtime.id(),
                sized.workload(),
                peak,
                request.peakConcurrency() != null
                    ? "peak_concurrency"
                    : "the average of a steady month: %s x %s s / %.0f s"
                        .formatted(
                            request.monthlyRequests(),
                            request.avgDurationMs() / 1000.0,
                            secondsPerMonth),
                sized.memoryMb(),
                sized.vcpusPerExecutionEnvironment(),
                sized.perExecutionEnvironmentMaxConcurrency(),
                sized.maxExecutionEnvironments(),
                perInstance,
                type.name(),
                derivedCount));
    if (request.runtime() == null) {
      assumptions.add(
          "No runtime given: sized as Node.js; pass runtime (and workload=io_bound for functions that mostly wait on I/O) for a closer fleet.");
    }
    return new Fleet(type, count, true);
  }

  private static void warnLowCount(int count, List<String> warnings) {
    if (count < MIN_PRODUCTION_INSTANCES) {
      warnings.add(
          "Fewer than 3 instances: each published version starts 3 execution environments on 3 instances for Availability Zone resiliency, so a production fleet is at least 3.");
    }
  }

  private static void warnArchitecture(
      CostRequest request, InstanceType type, List<String> warnings) {
    if (type.architecture() != request.architecture()) {
      warnings.add(
          "%s is %s while the standard side is priced as %s: on LMI the function must be built for %s and declare Architectures: [%s]."
              .formatted(
                  type.name(),
                  type.architecture().id(),
                  request.architecture().id(),
                  type.architecture().id(),
                  type.architecture().id()));
    }
  }

  private LmiCost lmiCost(Fleet fleet, Ec2Price price, LmiFleetPricing pricing, long requests) {
    double ec2 = pricing.ec2Usd();
    double fee = pricing.managementFeeUsd();
    double requestUsd = pricing.requestUsd(requests);
    return new LmiCost(
        fleet.type().name(),
        fleet.count(),
        price.usdPerHour(),
        Money.cents(ec2),
        Money.cents(fee),
        Money.cents(requestUsd),
        Money.cents(ec2 + fee + requestUsd),
        price.source(),
        price.confidence(),
        price.asOf(),
        fleet.fromSizing());
  }

  private void addAssumptions(
      CostRequest request, LambdaRates rates, Discounts discounts, List<String> assumptions) {
    assumptions.add(
        "%d hours per month; LMI management fee %.0f%% of the on-demand EC2 price, not reduced by Savings Plans or Reserved Instances; LMI requests $%.2f per million; no GB-second charge on LMI."
            .formatted(
                table.hoursPerMonth(), rates.managementFeePct(), rates.lmiRequestUsdPerMillion()));
    assumptions.add(
        "Standard Lambda: $%.2f per million requests and $%s per GB-second (%s, first tier), Lambda's tier discounts applied to this function alone."
            .formatted(
                rates.requestUsdPerMillion(),
                BigDecimal.valueOf(rates.gbSecondUsd(request.architecture()))
                    .stripTrailingZeros()
                    .toPlainString(),
                request.architecture().id()));
    if (request.savingsPlan() != SavingsPlan.NONE) {
      assumptions.add(
          "%s: %.0f%% off EC2, %.0f%% off Lambda duration (%s). %s"
              .formatted(
                  discounts.savingsPlan(),
                  discounts.ec2Pct(),
                  discounts.lambdaPct(),
                  discounts.sourceUrl(),
                  discounts.note()));
    }
    if (request.includeFreeTier()) {
      assumptions.add(
          "Free tier counted (1M requests and 400,000 GB-seconds a month); it is shared by every function in the account.");
    }
    assumptions.add(
        "Not included: NAT gateway or VPC endpoints for the capacity provider's VPC, EBS volumes, customer-managed KMS keys, provisioned event pollers (cost reference, other-cost-drivers).");
    assumptions.add(
        "Break-even holds this LMI fleet fixed; LMI never runs fewer than 3 instances per published version, so below it standard Lambda is cheaper.");
  }
}
