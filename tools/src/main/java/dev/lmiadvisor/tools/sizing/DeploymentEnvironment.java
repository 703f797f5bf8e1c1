package dev.lmiadvisor.tools.sizing;

/**
 * Production keeps at least 3 execution environments for Availability Zone resiliency: the default
 * {@code MinExecutionEnvironments} is 3, and values below 3 reduce AZ redundancy (Scaling Lambda
 * Managed Instances, Lambda developer guide, as of 2026-11-21). Outside production one environment
 * is allowed, as the public skill's sizing formulas do.
 */
public enum DeploymentEnvironment {
  PRODUCTION("production", 3),
  NON_PRODUCTION("non_production", 1);

  private final String id;
  private final int minimumEnvironments;

  DeploymentEnvironment(String id, int minimumEnvironments) {
    this.id = id;
    this.minimumEnvironments = minimumEnvironments;
  }

  public String id() {
    return id;
  }

  public int minimumEnvironments() {
    return minimumEnvironments;
  }

  @Override
  public String toString() {
    return id;
  }

  public static DeploymentEnvironment parse(String text) {
    return Choices.parse("environment", text, values(), DeploymentEnvironment::id);
  }
}
