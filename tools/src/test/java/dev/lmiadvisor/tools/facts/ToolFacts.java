package dev.lmiadvisor.tools.facts;

import dev.lmiadvisor.regions.AvailabilityStatus;
import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.regions.RegionStatus;
import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.assessment.TrafficPattern;
import dev.lmiadvisor.tools.assessment.WorkloadAssessor;
import dev.lmiadvisor.tools.assessment.WorkloadSignals;
import dev.lmiadvisor.tools.cost.CostComparator;
import dev.lmiadvisor.tools.cost.CostRequest;
import dev.lmiadvisor.tools.cost.InstancePricer;
import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.cost.QuickEstimates;
import dev.lmiadvisor.tools.cost.SavingsPlan;
import dev.lmiadvisor.tools.sizing.InstanceFamily;
import dev.lmiadvisor.tools.sizing.InstanceType;
import dev.lmiadvisor.tools.sizing.SizingCalculator;
import dev.lmiadvisor.tools.sizing.SizingRequest;
import dev.lmiadvisor.tools.sizing.SizingResult;
import dev.lmiadvisor.tools.sizing.WorkloadKind;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import dev.lmiadvisor.tools.vocabulary.RuntimeVersion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The numbers the tools compute, each by running the tool the way a user would (compute_sizing,
 * compare_costs, assess_workload, check_region_availability) or, for the limits the tools enforce,
 * by reading the one table they all enforce from ({@link LmiLimits}) and probing where the tool
 * draws the line. A fact-table row {@code tool:<key>} is checked against the value here.
 */
final class ToolFacts {

  private static final PriceTable PRICES = PriceTable.load();
  private static final SizingCalculator SIZING = new SizingCalculator(PRICES.catalog(), PRICES);
  private static final CostComparator COSTS =
      new CostComparator(
          PRICES, new InstancePricer(PRICES, Optional.empty(), Clock.systemUTC()), SIZING);
  private static final WorkloadAssessor ASSESSOR = new WorkloadAssessor(PRICES);
  private static final RegionAvailabilityService REGIONS = RegionAvailabilityService.load();

  private final Map<String, Supplier<Object>> facts = new LinkedHashMap<>();

  ToolFacts() {
    // compute_sizing
    put("sizing.min_memory_mb", ToolFacts::smallestEnvironment);
    put("sizing.max_memory_mb", ToolFacts::largestAcceptedMemory);
    put(
        "sizing.min_environments_production",
        () -> size(LambdaRuntime.JAVA, null, null).minExecutionEnvironments());
    put(
        "sizing.min_environments_non_production",
        () ->
            SIZING
                .size(
                    SizingRequest.builder(LambdaRuntime.JAVA)
                        .environment(DeploymentEnvironment.NON_PRODUCTION)
                        .build())
                .minExecutionEnvironments());
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      put(
          "runtime." + runtime.id() + ".per_vcpu",
          () -> size(runtime, WorkloadKind.IO_BOUND, 2048).runtimeMaxConcurrencyPerVcpu());
    }
    put(
        "sizing.cpu_bound.per_vcpu",
        () -> perVcpu(size(LambdaRuntime.JAVA, WorkloadKind.CPU_BOUND, 4096)));
    put(
        "sizing.balanced.per_vcpu",
        () -> perVcpu(size(LambdaRuntime.JAVA, WorkloadKind.BALANCED, 4096)));
    put(
        "sizing.memory_bound.per_vcpu",
        () -> perVcpu(size(LambdaRuntime.JAVA, WorkloadKind.MEMORY_BOUND, 8192)));
    put(
        "sizing.cpu_bound.min_vcpus",
        () ->
            size(LambdaRuntime.PYTHON, WorkloadKind.CPU_BOUND, null)
                .vcpusPerExecutionEnvironment());
    put(
        "sizing.python.floor_processes",
        () ->
            size(LambdaRuntime.PYTHON, WorkloadKind.IO_BOUND, null)
                .perExecutionEnvironmentMaxConcurrency());
    put("sizing.max_buffer", ToolFacts::maximumBuffer);
    put("sizing.ratio.compute", () -> InstanceFamily.C.memoryGibPerVcpu());
    put("sizing.ratio.general", () -> InstanceFamily.M.memoryGibPerVcpu());
    put("sizing.ratio.memory", () -> InstanceFamily.R.memoryGibPerVcpu());
    put("sizing.reserved_vcpus", () -> InstanceType.RESERVED_VCPUS);
    put("sizing.reserved_memory_mib", () -> InstanceType.RESERVED_MEMORY_MIB);
    put("sizing.python_reserve_mb", ToolFacts::pythonReserve);

    // limits every tool enforces (sizing, sandbox guard rails, planner, reviewer)
    put("limit.min_ratio", () -> LmiLimits.MIN_RATIO);
    put("limit.max_ratio", () -> LmiLimits.MAX_RATIO);
    put("limit.min_concurrency", () -> LmiLimits.MIN_CONCURRENCY);
    put("limit.max_concurrency", () -> LmiLimits.MAX_CONCURRENCY);
    put("limit.max_concurrency_per_vcpu", () -> LmiLimits.MAX_CONCURRENCY_PER_VCPU_GUIDANCE);
    put("limit.min_vcpu_count", () -> LmiLimits.MIN_VCPU_COUNT);
    put("limit.max_vcpu_count", () -> LmiLimits.MAX_VCPU_COUNT);
    put("limit.default_max_vcpu_count", () -> LmiLimits.DEFAULT_MAX_VCPU_COUNT);
    put("limit.max_execution_environments", () -> LmiLimits.MAX_EXECUTION_ENVIRONMENTS);
    put("limit.max_subnets", () -> LmiLimits.MAX_SUBNETS);
    put("limit.max_security_groups", () -> LmiLimits.MAX_SECURITY_GROUPS);
    put("limit.max_instance_types_listed", () -> LmiLimits.MAX_INSTANCE_TYPES_LISTED);
    put("limit.standard_default_memory_mb", () -> LmiLimits.LAMBDA_DEFAULT_MEMORY_MB);
    put("limit.standard_max_memory_mb", ToolFacts::largestStandardMemory);

    // quotas and scaling
    put("quota.capacity_providers", () -> LmiLimits.CAPACITY_PROVIDERS_PER_ACCOUNT);
    put(
        "quota.versions_per_capacity_provider",
        () -> LmiLimits.FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER);
    put(
        "quota.read_requests_per_second",
        () -> LmiLimits.CAPACITY_PROVIDER_READ_REQUESTS_PER_SECOND);
    put(
        "quota.write_requests_per_second",
        () -> LmiLimits.CAPACITY_PROVIDER_WRITE_REQUESTS_PER_SECOND);
    put("scaling.doubling_minutes", () -> LmiLimits.TRAFFIC_DOUBLING_MINUTES);
    put("scaling.default_instances", () -> QuickEstimates.FLOOR_INSTANCES);

    // compare_costs and its price table
    put("cost.hours_per_month", PRICES::hoursPerMonth);
    put("cost.management_fee_pct", () -> PRICES.lambdaRates("us-east-1").managementFeePct());
    put(
        "cost.request_usd_per_million",
        () -> PRICES.lambdaRates("us-east-1").requestUsdPerMillion());
    put(
        "cost.lmi_request_usd_per_million",
        () -> PRICES.lambdaRates("us-east-1").lmiRequestUsdPerMillion());
    put(
        "cost.gb_second_x86",
        () -> PRICES.lambdaRates("us-east-1").gbSecondUsd(Architecture.X86_64));
    put(
        "cost.gb_second_arm64",
        () -> PRICES.lambdaRates("us-east-1").gbSecondUsd(Architecture.ARM64));
    put("cost.free_tier_requests", PRICES::freeTierRequests);
    put("cost.free_tier_gb_seconds", PRICES::freeTierGbSeconds);
    put("cost.compute_1yr.ec2_pct", () -> PRICES.discounts(SavingsPlan.COMPUTE_1YR).ec2Pct());
    put("cost.compute_3yr.ec2_pct", () -> PRICES.discounts(SavingsPlan.COMPUTE_3YR).ec2Pct());
    put("cost.compute_1yr.lambda_pct", () -> PRICES.discounts(SavingsPlan.COMPUTE_1YR).lambdaPct());
    put("cost.compute_3yr.lambda_pct", () -> PRICES.discounts(SavingsPlan.COMPUTE_3YR).lambdaPct());
    put(
        "cost.ec2.m7g.xlarge",
        () -> PRICES.ec2("us-east-1", "m7g.xlarge").orElseThrow().usdPerHour());
    put(
        "cost.ec2.m7i.xlarge",
        () -> PRICES.ec2("us-east-1", "m7i.xlarge").orElseThrow().usdPerHour());
    put(
        "cost.ec2.m7i.large",
        () -> PRICES.ec2("us-east-1", "m7i.large").orElseThrow().usdPerHour());
    put(
        "cost.ec2.m7g.large",
        () -> PRICES.ec2("us-east-1", "m7g.large").orElseThrow().usdPerHour());
    put(
        "cost.example.standard_monthly_usd",
        () -> example("m7i.large", 3).standardLambda().monthlyUsd());
    put(
        "cost.example.standard_duration_usd",
        () -> example("m7i.large", 3).standardLambda().durationUsd());
    put(
        "cost.example.standard_request_usd",
        () -> example("m7i.large", 3).standardLambda().requestUsd());
    put("cost.example.lmi_m7i_large_monthly_usd", () -> example("m7i.large", 3).lmi().monthlyUsd());
    put("cost.example.lmi_m7g_large_monthly_usd", () -> example("m7g.large", 3).lmi().monthlyUsd());

    // plan_deployment's runtime resolution: the oldest version of each family it accepts
    put("runtime.java.min_version", () -> version(RuntimeVersion.resolve("java").id()));
    put("runtime.nodejs.min_version", () -> version(RuntimeVersion.resolve("nodejs").id()));
    put("runtime.python.min_version", () -> version(RuntimeVersion.resolve("python").id()));
    put("runtime.dotnet.min_version", () -> version(RuntimeVersion.resolve("dotnet").id()));

    // assess_workload
    put("assess.quick_decision_monthly_requests", ToolFacts::quickDecisionVolume);

    // check_region_availability
    put("regions.launch_count", () -> countSince(LocalDate.parse("2025-11-30")));
    put("regions.commercial_exceptions", () -> countNotAvailable("aws"));
    put("regions.china_not_available", () -> countNotAvailable("aws-cn"));
  }

  private void put(String key, Supplier<Object> value) {
    facts.put(key, value);
  }

  /** The tool's value for {@code key}, as a number. */
  Optional<BigDecimal> value(String key) {
    Supplier<Object> fact = facts.get(key);
    if (fact == null) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(String.valueOf(fact.get())).stripTrailingZeros());
  }

  private static SizingResult size(LambdaRuntime runtime, WorkloadKind workload, Integer memory) {
    return SIZING.size(SizingRequest.builder(runtime).workload(workload).memoryMb(memory).build());
  }

  private static int perVcpu(SizingResult r) {
    return r.perExecutionEnvironmentMaxConcurrency() / r.vcpusPerExecutionEnvironment();
  }

  /** The smallest execution environment compute_sizing returns, over every runtime and profile. */
  private static int smallestEnvironment() {
    int smallest = Integer.MAX_VALUE;
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      for (WorkloadKind workload : WorkloadKind.values()) {
        for (Integer memory : new Integer[] {null, 1, 128}) {
          smallest = Math.min(smallest, size(runtime, workload, memory).memoryMb());
        }
      }
    }
    return smallest;
  }

  /** The largest memory_mb compute_sizing accepts. */
  private static int largestAcceptedMemory() {
    int memory = 32_768;
    size(LambdaRuntime.NODEJS, null, memory);
    try {
      size(LambdaRuntime.NODEJS, null, memory + 1);
    } catch (IllegalArgumentException expected) {
      return memory;
    }
    throw new AssertionError("compute_sizing accepted " + (memory + 1) + " MB");
  }

  /** The largest standard-Lambda memory compare_costs accepts. */
  private static int largestStandardMemory() {
    int memory = 10_240;
    COSTS.compare(CostRequest.builder(1_000_000, 100, memory).build());
    try {
      COSTS.compare(CostRequest.builder(1_000_000, 100, memory + 1).build());
    } catch (IllegalArgumentException expected) {
      return memory;
    }
    throw new AssertionError("compare_costs accepted " + (memory + 1) + " MB");
  }

  /** MaxExecutionEnvironments over the environments a peak needs. */
  private static double maximumBuffer() {
    SizingResult r =
        SIZING.size(
            SizingRequest.builder(LambdaRuntime.JAVA)
                .workload(WorkloadKind.CPU_BOUND)
                .memoryMb(4096)
                .peakConcurrency(40)
                .build());
    return (double) r.maxExecutionEnvironments() / r.executionEnvironmentsNeeded();
  }

  /** The reserve F4 keeps on top of Python's processes: memory left when they exactly fit. */
  private static int pythonReserve() {
    // 4 balanced processes of 960 MB plus the reserve fill a 4096 MB environment exactly.
    SizingResult r = size(LambdaRuntime.PYTHON, WorkloadKind.CPU_BOUND, 960);
    return r.memoryMb() - r.perExecutionEnvironmentMaxConcurrency() * 960;
  }

  private static dev.lmiadvisor.tools.cost.CostComparison example(String type, int count) {
    return COSTS.compare(
        CostRequest.builder(259_200_000L, 200, 512)
            .architecture(Architecture.X86_64)
            .region("us-east-1")
            .instanceType(type)
            .instanceCount(count)
            .build());
  }

  /** "nodejs22.x" is 22, "python3.13" is 3.13. */
  private static String version(String runtimeId) {
    return runtimeId.replaceAll("^[a-z]+", "").replaceAll("\\.x$", "");
  }

  /** The volume at which assess_workload's volume signal turns to LMI. */
  private static long quickDecisionVolume() {
    long volume = 50_000_000L;
    boolean at = favorsLmi(volume);
    boolean below = favorsLmi(volume - 1);
    if (at && !below) {
      return volume;
    }
    throw new AssertionError("assess_workload does not turn at " + volume);
  }

  private static boolean favorsLmi(long monthlyRequests) {
    return ASSESSOR
        .assess(
            WorkloadSignals.builder()
                .monthlyRequests(monthlyRequests)
                .trafficPattern(TrafficPattern.STEADY)
                .build())
        .signals()
        .stream()
        .anyMatch(f -> f.signal().equals("monthly_requests") && f.favors().equals("lmi"));
  }

  private static long countSince(LocalDate launch) {
    return REGIONS.list(null, true, null).stream()
        .map(RegionStatus::entry)
        .filter(e -> e.availableSince().filter(launch::equals).isPresent())
        .count();
  }

  private static long countNotAvailable(String partition) {
    return REGIONS.list(partition, null, null).stream()
        .filter(s -> s.entry().status() == AvailabilityStatus.NOT_AVAILABLE)
        .count();
  }
}
