package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.tools.LmiLimits;

/**
 * The shape of one execution environment: memory, memory per vCPU, vCPUs and how many requests it
 * runs at once.
 *
 * @param memoryMb M
 * @param memoryGibPerVcpu R
 * @param vcpus V_EE = M / (R * 1024) (F1)
 * @param concurrency C_EE, {@code PerExecutionEnvironmentMaxConcurrency}
 * @param concurrencyPerVcpu the per-vCPU figure C_EE was built from
 */
public record EnvironmentShape(
    int memoryMb, double memoryGibPerVcpu, int vcpus, int concurrency, int concurrencyPerVcpu) {

  /** Smallest LMI function: 2 GB and 1 vCPU (Scaling Lambda Managed Instances). */
  public static final int MIN_MEMORY_MB = LmiLimits.MIN_MEMORY_MB;

  /** Largest execution environment: 32 GB (API MemorySize maximum 32768). */
  public static final int MAX_MEMORY_MB = LmiLimits.MAX_MEMORY_MB;

  /** API limit of {@code PerExecutionEnvironmentMaxConcurrency}. */
  public static final int MAX_CONCURRENCY = LmiLimits.MAX_CONCURRENCY;

  /** Safety reserve on top of Python's per-process memory in the F4 memory check. */
  public static final int PYTHON_RESERVE_MB = 256;

  public EnvironmentShape {
    if (memoryMb < MIN_MEMORY_MB || memoryMb > MAX_MEMORY_MB) {
      throw new IllegalStateException("memory outside 2048..32768: " + memoryMb);
    }
    if (memoryMb != vcpus * (int) (memoryGibPerVcpu * 1024)) {
      throw new IllegalStateException(
          "F1 violated: " + memoryMb + " != " + vcpus + " x " + memoryGibPerVcpu);
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalStateException("concurrency outside 1..1600: " + concurrency);
    }
  }

  public InstanceFamily family() {
    return InstanceFamily.forRatio(memoryGibPerVcpu);
  }
}
