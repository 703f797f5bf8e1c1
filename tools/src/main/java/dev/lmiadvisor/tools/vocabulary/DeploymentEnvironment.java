package dev.lmiadvisor.tools.vocabulary;

/**
 * Production keeps at least 3 execution environments for Availability Zone resiliency: the default
 * {@code MinExecutionEnvironments} is 3, and values below 3 reduce AZ redundancy (Scaling Lambda
 * Managed Instances, Lambda developer guide, as of 2026-11-21). Outside production one environment
 * is allowed, as the public skill's sizing formulas do.
 */
public enum DeploymentEnvironment implements Choice {
  PRODUCTION(3),
  NON_PRODUCTION(1);

  private final int minimumEnvironments;

  DeploymentEnvironment(int minimumEnvironments) {
    this.minimumEnvironments = minimumEnvironments;
  }

  public int minimumEnvironments() {
    return minimumEnvironments;
  }

  @Override
  public String toString() {
    return id();
  }

  public static DeploymentEnvironment parse(String text) {
    return Choice.parse("environment", text, DeploymentEnvironment.class);
  }
}
