package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.errors.UserInputException;
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
 *   <li>F4 for Python, where every concurrent request is a process: {@code M >= C_EE * RSS + 256}.
 *       When it fails, move to the next ratio (2.0, 4.0, 8.0) before lowering concurrency, as the
 *       guide's memory-migration procedure says.
 * </ul>
 *
 * For Node.js, Java, .NET and Rust memory is shared by the requests in flight, so the request's
 * memory today is the starting point and F4 is left to a load test (the per-request increment is
 * not something a caller knows up front).
 */
final class EnvironmentShaper {

  private static final double[] RATIOS = {2.0, 4.0, 8.0};

  record Shaped(EnvironmentShape shape, List<String> explanation, List<String> warnings) {}

  Shaped shape(LambdaRuntime runtime, WorkloadKind workload, int requestMemoryMb) {
    int perVcpu = workload.concurrencyPerVcpu(runtime);
    double familyRatio = workload.family().memoryGibPerVcpu();
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
    EnvironmentShape shape =
        runtime.processPerRequest()
            ? pythonShape(perVcpu, familyRatio, requestMemoryMb, explanation, warnings)
            : sharedMemoryShape(perVcpu, familyRatio, requestMemoryMb, explanation, warnings);
    return new Shaped(shape, explanation, warnings);
  }

  private static EnvironmentShape sharedMemoryShape(
      int perVcpu,
      double ratio,
      int requestMemoryMb,
      List<String> explanation,
      List<String> warnings) {
    int needed = Math.max(EnvironmentShape.MIN_MEMORY_MB, requestMemoryMb);
    if (requestMemoryMb < EnvironmentShape.MIN_MEMORY_MB) {
      warnings.add(raisedToMinimum(requestMemoryMb));
    }
    int unit = unitMb(ratio);
    int vcpus = Math.max(1, ceilDiv(needed, unit));
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

  private static EnvironmentShape pythonShape(
      int perVcpu,
      double familyRatio,
      int processMemoryMb,
      List<String> explanation,
      List<String> warnings) {
    // Pass 1: keep the profile's concurrency, moving up the ratios until the processes fit.
    for (double ratio : RATIOS) {
      if (ratio < familyRatio) {
        continue;
      }
      int unit = unitMb(ratio);
      int spare = unit - perVcpu * processMemoryMb;
      if (spare <= 0) {
        continue;
      }
      int vcpus =
          Math.max(
              ceilDiv(EnvironmentShape.MIN_MEMORY_MB, unit),
              ceilDiv(EnvironmentShape.PYTHON_RESERVE_MB, spare));
      int memory = vcpus * unit;
      if (memory > EnvironmentShape.MAX_MEMORY_MB) {
        continue;
      }
      int processes = Math.min(perVcpu * vcpus, EnvironmentShape.MAX_CONCURRENCY);
      if (ratio > familyRatio) {
        warnings.add(
            "Memory per vCPU raised from %.1f to %.1f GiB so that %d Python processes of %d MB fit (F4)."
                .formatted(familyRatio, ratio, processes, processMemoryMb));
      }
      noteRaise(processes * processMemoryMb, warnings);
      explanation.add(
          "F4 (Python, one process per request): M = %d MB >= %d processes x %d MB + 256 = %d MB; V_EE = %d at %.1f GiB per vCPU (F1)."
              .formatted(
                  memory,
                  processes,
                  processMemoryMb,
                  processes * processMemoryMb + EnvironmentShape.PYTHON_RESERVE_MB,
                  vcpus,
                  ratio));
      return new EnvironmentShape(memory, ratio, vcpus, processes, perVcpu);
    }
    // Pass 2: even 8 GiB per vCPU cannot hold the profile's processes; lower concurrency.
    double ratio = RATIOS[RATIOS.length - 1];
    int unit = unitMb(ratio);
    for (int vcpus = 1; vcpus * unit <= EnvironmentShape.MAX_MEMORY_MB; vcpus++) {
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
