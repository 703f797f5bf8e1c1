package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * compute_sizing: turns a runtime, a workload profile, a peak load and the memory a request uses
 * into an LMI configuration, following the formulas F1 to F9 of the configuration guide (section
 * {@code sizing-formulas}); each step adds a line to {@link SizingResult#explanation()} that names
 * the formula it applied.
 *
 * <ul>
 *   <li>F1 to F4: the execution environment's shape ({@link EnvironmentShaper});
 *   <li>F7: environments at peak, {@code ceil(P / C_EE)} (Little's law: P = peak rps x duration);
 *   <li>F8: {@code MinExecutionEnvironments} at least 3 in production, {@code
 *       MaxExecutionEnvironments = ceil(1.5 x need)};
 *   <li>F5: environments per instance type after the 1 vCPU + 1 GiB per-instance reservation;
 *   <li>F9: instances per type, {@code max(3, ceil(N_EE / E))}, and {@code MaxVCpuCount} as the
 *       cost ceiling, within 2 to 15,000 (CapacityProviderScalingConfig).
 * </ul>
 */
public final class SizingCalculator {

  /** Headroom of F8 (our buffer; the aws-samples calculator applies the same 1.5). */
  static final double MAX_BUFFER = 1.5;

  static final int MIN_MAX_VCPU = LmiLimits.MIN_VCPU_COUNT;
  static final int MAX_MAX_VCPU = LmiLimits.MAX_VCPU_COUNT;

  /** How many instance types to suggest. */
  static final int SUGGESTIONS = 4;

  private final InstanceCatalog catalog;
  private final HourlyPrices prices;
  private final EnvironmentShaper shaper = new EnvironmentShaper();

  public SizingCalculator(InstanceCatalog catalog, HourlyPrices prices) {
    this.catalog = catalog;
    this.prices = prices;
  }

  public SizingResult size(SizingRequest request) {
    Integer requestMemory = requestMemory(request.memoryMb());
    List<String> explanation = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (request.memoryMb() == null && !request.runtime().processPerRequest()) {
      explanation.add("No memory_mb given: starting from the 2048 MB minimum.");
    }

    EnvironmentShaper.Shaped shaped =
        shaper.shape(request.runtime(), request.workload(), requestMemory);
    EnvironmentShape shape = shaped.shape();
    explanation.addAll(shaped.explanation());
    warnings.addAll(shaped.warnings());

    Integer peak = peakConcurrency(request, explanation);
    int minimum = request.environment().minimumEnvironments();
    int needed = peak == null ? minimum : EnvironmentShaper.ceilDiv(peak, shape.concurrency());
    int maximum = Math.max(minimum, (int) Math.ceil(MAX_BUFFER * needed));
    if (peak == null) {
      warnings.add(
          "No peak load given (peak_concurrency, or peak_rps with avg_duration_ms): sized for the minimum fleet only.");
    } else {
      explanation.add(
          "F7: environments at peak = ceil(%d / %d) = %d."
              .formatted(peak, shape.concurrency(), needed));
    }
    explanation.add(
        "F8: MinExecutionEnvironments = %d (%s%s); MaxExecutionEnvironments = max(%d, ceil(1.5 x %d)) = %d."
            .formatted(
                minimum,
                request.environment().id(),
                request.environment() == DeploymentEnvironment.PRODUCTION
                    ? ", at least 3 for Availability Zone resiliency"
                    : "",
                minimum,
                needed,
                maximum));

    List<InstanceOption> options = instanceOptions(request, shape, maximum);
    explanation.add(
        "F5: environments per instance = min(floor((vCPUs - 1) / %d), floor((memory MiB - 1024) / %d)), assuming 1 vCPU and 1 GiB reserved per instance (aws-samples calculator, not AWS documentation)."
            .formatted(shape.vcpus(), shape.memoryMb()));
    if (options.isEmpty()) {
      warnings.add(
          "No %s %s instance type in the price table for %s can host a %d MB, %d vCPU execution environment; choose a smaller environment."
              .formatted(
                  shape.family(),
                  request.architecture().id(),
                  request.region(),
                  shape.memoryMb(),
                  shape.vcpus()));
    }
    int maxVcpuCount = maxVcpuCount(options, explanation, warnings);
    addReminders(request, warnings);

    return new SizingResult(
        request.runtime().id(),
        request.workload().id(),
        request.environment().id(),
        request.region(),
        request.architecture().id(),
        shape.memoryMb(),
        shape.memoryGibPerVcpu(),
        shape.vcpus(),
        shape.concurrency(),
        request.runtime().concurrencyPerVcpu(),
        peak,
        needed,
        minimum,
        maximum,
        maxVcpuCount,
        shape.family().name(),
        options.stream().map(InstanceOption::instanceType).toList(),
        options,
        explanation,
        warnings);
  }

  private static Integer requestMemory(Integer memoryMb) {
    if (memoryMb == null) {
      return null;
    }
    if (memoryMb < 1) {
      throw new UserInputException(
          "memory_mb must be a positive number of megabytes, for example 512; got " + memoryMb);
    }
    if (memoryMb > EnvironmentShape.MAX_MEMORY_MB) {
      throw new UserInputException(
          "memory_mb %d is above 32768, the largest LMI execution environment; split the work or reduce memory"
              .formatted(memoryMb));
    }
    return memoryMb;
  }

  private static Integer peakConcurrency(SizingRequest request, List<String> explanation) {
    if (request.peakConcurrency() != null) {
      if (request.peakConcurrency() < 1) {
        throw new UserInputException(
            "peak_concurrency must be at least 1; got " + request.peakConcurrency());
      }
      return request.peakConcurrency();
    }
    Double rps = request.peakRps();
    Double durationMs = request.avgDurationMs();
    if (rps == null && durationMs == null) {
      return null;
    }
    if (rps == null || durationMs == null) {
      throw new UserInputException(
          "give both peak_rps and avg_duration_ms (or peak_concurrency instead)");
    }
    if (!(rps > 0) || !(durationMs > 0) || rps.isInfinite() || durationMs.isInfinite()) {
      throw new UserInputException(
          "peak_rps and avg_duration_ms must be positive numbers; got %s and %s"
              .formatted(rps, durationMs));
    }
    int peak = (int) Math.max(1, Math.ceil(rps * durationMs / 1000.0));
    explanation.add(
        "Peak concurrency = peak_rps x duration = %s x %s ms = %d in flight (Little's law)."
            .formatted(trim(rps), trim(durationMs), peak));
    return peak;
  }

  private List<InstanceOption> instanceOptions(
      SizingRequest request, EnvironmentShape shape, int maximumEnvironments) {
    int minimumInstances = request.environment().minimumEnvironments();
    List<InstanceOption> options = new ArrayList<>();
    for (InstanceType type : catalog.of(shape.family(), request.architecture())) {
      int perInstance = type.environmentsPerInstance(shape.vcpus(), shape.memoryMb());
      if (perInstance < 1) {
        continue;
      }
      int instances =
          Math.max(minimumInstances, EnvironmentShaper.ceilDiv(maximumEnvironments, perInstance));
      OptionalDouble hourly = prices.onDemandHourly(request.region(), type.name());
      options.add(
          new InstanceOption(
              type.name(),
              type.vcpus(),
              type.memoryGib(),
              perInstance,
              instances,
              hourly.isPresent() ? hourly.getAsDouble() : null));
    }
    boolean anyPriced = options.stream().anyMatch(o -> o.hourlyUsd() != null);
    Comparator<InstanceOption> byFleetCost =
        Comparator.comparingDouble(
            o -> o.hourlyUsd() == null ? Double.MAX_VALUE : o.hourlyUsd() * o.instancesAtMaximum());
    return options.stream()
        .filter(o -> !anyPriced || o.hourlyUsd() != null)
        .sorted(byFleetCost.thenComparingInt(InstanceOption::vcpus))
        .limit(SUGGESTIONS)
        .toList();
  }

  private static int maxVcpuCount(
      List<InstanceOption> options, List<String> explanation, List<String> warnings) {
    int ceiling =
        options.stream()
            .mapToInt(o -> o.instancesAtMaximum() * o.vcpus())
            .max()
            .orElse(MIN_MAX_VCPU);
    if (ceiling > MAX_MAX_VCPU) {
      warnings.add(
          "The peak needs %d vCPUs, above the 15,000 MaxVCpuCount limit of one capacity provider: split the load or raise per-environment concurrency."
              .formatted(ceiling));
    }
    int bounded = Math.clamp(ceiling, MIN_MAX_VCPU, MAX_MAX_VCPU);
    explanation.add(
        "F9: instances per type = max(minimum, ceil(MaxExecutionEnvironments / E)); MaxVCpuCount = %d, the largest of instances x vCPUs over the suggested types, within 2..15000. Set it explicitly: it is the cost ceiling, and new invocations throttle at it."
            .formatted(bounded));
    return bounded;
  }

  private static void addReminders(SizingRequest request, List<String> warnings) {
    if (request.architecture() == Architecture.ARM64) {
      warnings.add(
          "Graviton (arm64): set Architectures: [arm64] on the function and build its package, layers and native modules for arm64; a function left at the default x86_64 cannot run on an arm64 capacity provider.");
    }
    if (!request.runtime().documentedDefault()) {
      warnings.add(
          "No default concurrency is documented for %s; 64 per vCPU (AWS's ceiling) was used: set PerExecutionEnvironmentMaxConcurrency explicitly after a load test."
              .formatted(request.runtime().displayName()));
    }
    if (request.environment() == DeploymentEnvironment.NON_PRODUCTION) {
      warnings.add(
          "Fewer than 3 execution environments gives up Availability Zone redundancy: keep at least 3 in production.");
    }
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
