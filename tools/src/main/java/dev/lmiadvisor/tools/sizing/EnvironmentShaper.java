package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses memory, ratio, vCPUs and concurrency for one execution environment, by the formulas of
 * the configuration guide, section {@code sizing-formulas}:
 *
 * <ul>
 *   <li>F1: {@code V_EE = M / (R * 1024)}, valid only if M is a multiple of {@code R * 1024},
 *       {@code V_EE >= 1} and {@code 2048 <= M <= 32768};
 *   <li>F2/F3: {@code C_EE = min(c * V_EE, 1600)}, where the per-vCPU figure {@code c} is the
 *       workload profile's, never above the runtime default K (Node.js 64, Java 32, .NET 32, Python
 *       16), which is also within AWS's ceiling of 64 per vCPU;
 *   <li>CPU-bound work gets at least 2 vCPUs: AWS advises several vCPUs for CPU-intensive functions
 *       and those doing little I/O (Best practices for Lambda Managed Instances, as of 2026-12-01);
 *   <li>F4 for Python, where every concurrent request is a process and the processes share the
 *       environment's memory (total = per-process memory x processes, Python runtime page, as of
 *       2026-12-01): {@code M >= C_EE * RSS + 256}. The measured per-process memory picks the
 *       smallest ratio (2.0, 4.0, 8.0) that holds the processes, from the profile's own ratio for
 *       memory-bound work and from 2.0 otherwise; CPU-bound Python first drops to 1 process per
 *       vCPU at 2.0, then moves up; only when even 8.0 cannot hold the profile's processes does
 *       concurrency come down.
 * </ul>
 *
 * For Node.js, Java, .NET and Rust memory is shared by the requests in flight, so the request's
 * memory today is the starting point and F4 is left to a load test (the per-request increment is
 * not something a caller knows up front). For Python without a measured footprint the environment
 * starts at the 2048 MB floor with the profile's process count, and the caller is told to measure.
 */
final class EnvironmentShaper {

  private static final double[] RATIOS = {2.0, 4.0, 8.0};

  /** At least this many vCPUs for CPU-bound work (AWS: choose multiple vCPUs). */
  static final int CPU_BOUND_MIN_VCPUS = 2;

  record Shaped(EnvironmentShape shape, List<String> explanation, List<String> warnings) {}

  /**
   * @param requestMemoryMb the request's memory today; for Python the measured memory of one
   *     process; null when unknown
   */
  Shaped shape(LambdaRuntime runtime, WorkloadKind workload, Integer requestMemoryMb) {
    int perVcpu = workload.concurrencyPerVcpu(runtime);
    int minVcpus = workload == WorkloadKind.CPU_BOUND ? CPU_BOUND_MIN_VCPUS : 1;
    List<String> explanation = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    explanation.add(
        "Concurrency per vCPU: min(%s profile %s, %s default %d) = %d (configuration guide, runtime-concurrency and choosing-by-workload)."
            .formatted(
                workload.id(),
                workload == WorkloadKind.IO_BOUND ? "runtime default" : String.valueOf(perVcpu),
                runtime.displayName(),
                runtime.concurrencyPerVcpu(),
                perVcpu));
    if (minVcpus > 1) {
      explanation.add(
          "CPU-bound: at least %d vCPUs per execution environment, as AWS advises for CPU-intensive functions (best practices, function configuration)."
              .formatted(minVcpus));
    }
    EnvironmentShape shape;
    if (!runtime.processPerRequest()) {
      shape =
          sharedMemoryShape(
              perVcpu,
              workload.family().memoryGibPerVcpu(),
              minVcpus,
              requestMemoryMb == null ? EnvironmentShape.MIN_MEMORY_MB : requestMemoryMb,
              explanation,
              warnings);
    } else if (requestMemoryMb == null) {
      shape = unmeasuredPythonShape(workload, perVcpu, minVcpus, explanation, warnings);
    } else {
      shape = pythonShape(workload, perVcpu, minVcpus, requestMemoryMb, explanation, warnings);
    }
    return new Shaped(shape, explanation, warnings);
  }

  private static EnvironmentShape sharedMemoryShape(
      int perVcpu,
      double ratio,
      int minVcpus,
      int requestMemoryMb,
      List<String> explanation,
      List<String> warnings) {
    int needed = Math.max(EnvironmentShape.MIN_MEMORY_MB, requestMemoryMb);
    if (requestMemoryMb < EnvironmentShape.MIN_MEMORY_MB) {
      warnings.add(raisedToMinimum(requestMemoryMb));
    }
    int unit = unitMb(ratio);
    int vcpus = Math.max(minVcpus, ceilDiv(needed, unit));
    int memory = vcpus * unit;
    int concurrency = Math.min(perVcpu * vcpus, EnvironmentShape.MAX_CONCURRENCY);
    explanation.add(
        "F1: memory %d MB rounded up to a multiple of %.1f GiB per vCPU gives M = %d MB and V_EE = %d / (%.1f x 1024) = %d."
            .formatted(needed, ratio, memory, memory, ratio, vcpus));
    explanation.add(
        "F2/F3: C_EE = min(%d x %d, 1600) = %d. Memory is shared by the requests in flight; check F4 (M >= RSS_base + C_EE x W_request + 256) under load."
            .formatted(perVcpu, vcpus, concurrency));
    return new EnvironmentShape(memory, ratio, vcpus, concurrency, perVcpu);
  }

  /**
   * Python without a measured process footprint: the 2048 MB floor (1 vCPU at 2.0), or the
   * profile's own shape where the floor cannot hold it (2 vCPUs for CPU-bound work, 8 GiB per vCPU
   * for memory-bound work), with the profile's process count.
   */
  private static EnvironmentShape unmeasuredPythonShape(
      WorkloadKind workload,
      int perVcpu,
      int minVcpus,
      List<String> explanation,
      List<String> warnings) {
    double ratio =
        workload == WorkloadKind.MEMORY_BOUND ? workload.family().memoryGibPerVcpu() : RATIOS[0];
    int vcpus = minVcpus;
    int memory = vcpus * unitMb(ratio);
    int processes = Math.min(perVcpu * vcpus, EnvironmentShape.MAX_CONCURRENCY);
    int each = (memory - EnvironmentShape.PYTHON_RESERVE_MB) / processes;
    explanation.add(
        "No memory_mb for Python: starting at %d MB, %d vCPU at %.1f GiB per vCPU (F1), with %d processes (F2/F3); F4 needs the measured memory of one process."
            .formatted(memory, vcpus, ratio, processes));
    warnings.add(
        ("Python runs one process per concurrent request and the %d processes share %d MB, about"
                + " %d MB each after a 256 MB reserve. Measure one process's memory under load"
                + " (ExecutionEnvironmentMemoryUtilization, or the resident memory of a worker),"
                + " then size again with memory_mb set to it; a larger footprint moves to 4.0 or 8.0"
                + " GiB per vCPU, as AWS suggests for Python.")
            .formatted(processes, memory, each));
    return new EnvironmentShape(memory, ratio, vcpus, processes, perVcpu);
  }

  private static EnvironmentShape pythonShape(
      WorkloadKind workload,
      int perVcpu,
      int minVcpus,
      int processMemoryMb,
      List<String> explanation,
      List<String> warnings) {
    double startRatio =
        workload == WorkloadKind.MEMORY_BOUND ? workload.family().memoryGibPerVcpu() : RATIOS[0];
    // Pass 1: the smallest ratio that holds the profile's processes; CPU-bound work may also run
    // 1 process per vCPU (AWS: 1 to 2 per vCPU) before it leaves the compute-optimized ratio.
    for (double ratio : RATIOS) {
      if (ratio < startRatio) {
        continue;
      }
      int[] counts =
          workload == WorkloadKind.CPU_BOUND && perVcpu > 1
              ? new int[] {perVcpu, 1}
              : new int[] {perVcpu};
      for (int processesPerVcpu : counts) {
        EnvironmentShape shape =
            fitPython(ratio, processesPerVcpu, minVcpus, processMemoryMb, perVcpu);
        if (shape == null) {
          continue;
        }
        if (ratio > startRatio) {
          warnings.add(
              "Memory per vCPU raised from %.1f to %.1f GiB so that %d Python processes of %d MB fit (F4)."
                  .formatted(startRatio, ratio, shape.concurrency(), processMemoryMb));
        }
        if (processesPerVcpu < perVcpu) {
          warnings.add(
              "CPU-bound Python processes of %d MB do not fit 2 per vCPU at 2.0 GiB per vCPU: 1 process per vCPU (F4), still within AWS's 1 to 2 per vCPU for CPU-bound work."
                  .formatted(processMemoryMb));
        }
        noteRaise(shape.concurrency() * processMemoryMb, warnings);
        explanation.add(
            "F4 (Python, one process per request, processes share the environment's memory): M = %d MB >= %d processes x %d MB + 256 = %d MB; V_EE = %d at %.1f GiB per vCPU (F1), the smallest ratio from %.1f that holds them."
                .formatted(
                    shape.memoryMb(),
                    shape.concurrency(),
                    processMemoryMb,
                    shape.concurrency() * processMemoryMb + EnvironmentShape.PYTHON_RESERVE_MB,
                    shape.vcpus(),
                    ratio,
                    startRatio));
        return shape;
      }
    }
    // Pass 2: even 8 GiB per vCPU cannot hold the profile's processes; lower concurrency.
    double ratio = RATIOS[RATIOS.length - 1];
    int unit = unitMb(ratio);
    for (int vcpus = minVcpus; vcpus * unit <= EnvironmentShape.MAX_MEMORY_MB; vcpus++) {
      int memory = vcpus * unit;
      int fitting = (memory - EnvironmentShape.PYTHON_RESERVE_MB) / processMemoryMb;
      int processes = Math.min(perVcpu * vcpus, fitting);
      if (processes >= 1) {
        warnings.add(
            "Python processes of %d MB do not fit %d per vCPU even at 8 GiB per vCPU: PerExecutionEnvironmentMaxConcurrency lowered to %d (F4). Reduce per-process memory to run more."
                .formatted(processMemoryMb, perVcpu, processes));
        explanation.add(
            "F4 (Python): M = %d MB at 8.0 GiB per vCPU holds %d processes of %d MB plus 256 MB; V_EE = %d."
                .formatted(memory, processes, processMemoryMb, vcpus));
        return new EnvironmentShape(memory, ratio, vcpus, processes, perVcpu);
      }
    }
    throw new UserInputException(
        "a Python process of %d MB does not fit the largest execution environment (32768 MB including a 256 MB reserve); reduce memory_mb"
            .formatted(processMemoryMb));
  }

  /**
   * The smallest environment at {@code ratio} holding {@code processesPerVcpu} per vCPU, or null.
   */
  private static EnvironmentShape fitPython(
      double ratio, int processesPerVcpu, int minVcpus, int processMemoryMb, int profilePerVcpu) {
    int unit = unitMb(ratio);
    long spare = unit - (long) processesPerVcpu * processMemoryMb;
    if (spare <= 0) {
      return null;
    }
    int vcpus =
        Math.max(
            Math.max(minVcpus, ceilDiv(EnvironmentShape.MIN_MEMORY_MB, unit)),
            ceilDiv(EnvironmentShape.PYTHON_RESERVE_MB, spare));
    int memory = vcpus * unit;
    if (memory > EnvironmentShape.MAX_MEMORY_MB) {
      return null;
    }
    int processes = Math.min(processesPerVcpu * vcpus, EnvironmentShape.MAX_CONCURRENCY);
    return new EnvironmentShape(memory, ratio, vcpus, processes, profilePerVcpu);
  }

  private static void noteRaise(int processMemoryTotal, List<String> warnings) {
    if (processMemoryTotal + EnvironmentShape.PYTHON_RESERVE_MB < EnvironmentShape.MIN_MEMORY_MB) {
      warnings.add(
          "Function memory raised to at least 2048 MB: the smallest LMI function is 2 GB and 1 vCPU.");
    }
  }

  static String raisedToMinimum(int requestedMb) {
    return ("memory_mb %d raised to 2048 MB: the smallest LMI function is 2 GB and 1 vCPU"
            + " (Scaling Lambda Managed Instances). Memory is shared by concurrent requests, so"
            + " the extra room usually goes to concurrency.")
        .formatted(requestedMb);
  }

  private static int unitMb(double ratio) {
    return (int) (ratio * 1024);
  }

  static int ceilDiv(long a, long b) {
    return (int) ((a + b - 1) / b);
  }
}
