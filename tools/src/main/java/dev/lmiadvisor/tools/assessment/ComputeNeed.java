package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.vocabulary.Choice;

/** What the function needs from the hardware beyond what standard Lambda offers. */
public enum ComputeNeed implements Choice {
  /** Standard Lambda's memory and CPU are enough. */
  STANDARD,
  /** The latest CPUs or a specific family, such as Graviton4. */
  LATEST_CPUS,
  /** Network-optimized instance types. */
  HIGH_NETWORK_BANDWIDTH,
  /** More than standard Lambda's 10,240 MB. */
  LARGE_MEMORY,
  /** GPU instances, which LMI does not support. */
  GPU;

  @Override
  public String toString() {
    return id();
  }

  public static ComputeNeed parse(String text) {
    return Choice.parse("compute_needs", text, ComputeNeed.class);
  }
}
