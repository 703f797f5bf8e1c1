package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.sizing.Choices;

/** What the function needs from the hardware beyond what standard Lambda offers. */
public enum ComputeNeed {
  /** Standard Lambda's memory and CPU are enough. */
  STANDARD("standard"),
  /** The latest CPUs or a specific family, such as Graviton4. */
  LATEST_CPUS("latest_cpus"),
  /** Network-optimized instance types. */
  HIGH_NETWORK_BANDWIDTH("high_network_bandwidth"),
  /** More than standard Lambda's 10,240 MB. */
  LARGE_MEMORY("large_memory"),
  /** GPU instances, which LMI does not support. */
  GPU("gpu");

  private final String id;

  ComputeNeed(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static ComputeNeed parse(String text) {
    return Choices.parse("compute_needs", text, values(), ComputeNeed::id);
  }
}
