package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.tools.vocabulary.Choice;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;

/**
 * What the function spends its time on, and the starting family, ratio and per-vCPU concurrency
 * that follow (configuration guide, section {@code choosing-by-workload}).
 *
 * <ul>
 *   <li>I/O-bound: the runtime default concurrency, where multi-concurrency pays off most.
 *   <li>Balanced: 4 per vCPU, the middle of the guide's "typically 2 to 5" and the aws-samples
 *       calculator's "balanced" profile (25% CPU per invocation).
 *   <li>CPU-bound: 2 per vCPU, the top of AWS's "1 to 2 per vCPU" (calculator: 50% CPU per
 *       invocation); more concurrency buys nothing.
 *   <li>Memory-bound: R family at 8 GiB per vCPU and concurrency lower than the default (4).
 * </ul>
 */
public enum WorkloadKind implements Choice {
  IO_BOUND(InstanceFamily.M, Integer.MAX_VALUE),
  BALANCED(InstanceFamily.M, 4),
  CPU_BOUND(InstanceFamily.C, 2),
  MEMORY_BOUND(InstanceFamily.R, 4);

  private final InstanceFamily family;
  private final int concurrencyPerVcpu;

  WorkloadKind(InstanceFamily family, int concurrencyPerVcpu) {
    this.family = family;
    this.concurrencyPerVcpu = concurrencyPerVcpu;
  }

  public InstanceFamily family() {
    return family;
  }

  /** Per-vCPU concurrency for this profile, before the runtime's cap applies. */
  public int concurrencyPerVcpu(LambdaRuntime runtime) {
    return Math.min(concurrencyPerVcpu, runtime.concurrencyPerVcpu());
  }

  @Override
  public String toString() {
    return id();
  }

  public static WorkloadKind parse(String text) {
    return Choice.parse("workload", text, WorkloadKind.class);
  }
}
