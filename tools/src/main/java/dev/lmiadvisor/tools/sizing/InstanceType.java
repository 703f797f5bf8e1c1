package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.tools.vocabulary.Architecture;

/**
 * One EC2 instance type LMI can launch: its family (C, M or R), generation ({@code m7g}), CPU
 * architecture, vCPUs and memory.
 */
public record InstanceType(
    String name,
    InstanceFamily family,
    String generation,
    Architecture architecture,
    int vcpus,
    int memoryMib) {

  /**
   * vCPU and memory the aws-samples LMI calculator reserves on every instance for the operating
   * system. No AWS page states it; the configuration guide keeps it as an assumption (section
   * {@code sizing-formulas}, F5).
   */
  public static final int RESERVED_VCPUS = 1;

  public static final int RESERVED_MEMORY_MIB = 1024;

  public InstanceType {
    if (vcpus < 1 || memoryMib < 1) {
      throw new IllegalArgumentException("instance type " + name + " needs vCPUs and memory");
    }
  }

  /**
   * F5, environments per instance: {@code E = min(floor((V - 1) / V_EE), floor((G - 1024) / M))}.
   * Zero means this type cannot host the function at all.
   *
   * @param vcpusPerEnvironment V_EE
   * @param memoryMb M, the function's memory
   */
  public int environmentsPerInstance(int vcpusPerEnvironment, int memoryMb) {
    int byCpu = (vcpus - RESERVED_VCPUS) / vcpusPerEnvironment;
    int byMemory = (memoryMib - RESERVED_MEMORY_MIB) / memoryMb;
    return Math.max(0, Math.min(byCpu, byMemory));
  }

  public int memoryGib() {
    return memoryMib / 1024;
  }
}
