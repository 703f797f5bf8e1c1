package dev.lmiadvisor.tools.sizing;

/**
 * The three EC2 families LMI runs on. Each family's native memory per vCPU matches one value of
 * {@code ExecutionEnvironmentMemoryGiBPerVCpu} (configuration guide, section {@code
 * instance-families}, after the AWS Compute blog "Build high-performance apps with AWS Lambda
 * Managed Instances", as of 2026-03-30).
 */
public enum InstanceFamily {
  C("compute optimized", 2.0),
  M("general purpose", 4.0),
  R("memory optimized", 8.0);

  private final String description;
  private final double memoryGibPerVcpu;

  InstanceFamily(String description, double memoryGibPerVcpu) {
    this.description = description;
    this.memoryGibPerVcpu = memoryGibPerVcpu;
  }

  public String description() {
    return description;
  }

  /** R in the sizing formulas: 2.0, 4.0 or 8.0. */
  public double memoryGibPerVcpu() {
    return memoryGibPerVcpu;
  }

  /** The family whose native ratio is {@code ratio}. */
  public static InstanceFamily forRatio(double ratio) {
    for (InstanceFamily family : values()) {
      if (family.memoryGibPerVcpu == ratio) {
        return family;
      }
    }
    throw new IllegalArgumentException("no instance family has " + ratio + " GiB per vCPU");
  }
}
