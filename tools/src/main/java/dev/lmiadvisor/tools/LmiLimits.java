package dev.lmiadvisor.tools;

/**
 * The Lambda Managed Instances limits, each with its source (read on 2026-11-21 unless marked
 * otherwise): the one place the sizing, the sandbox's guardrails, the deployment planner and the
 * configuration reviewer take them from.
 */
public final class LmiLimits {

  /**
   * Smallest LMI function: 2 GB and 1 vCPU. <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html">Best
   * practices for Lambda Managed Instances</a>.
   */
  public static final int MIN_MEMORY_MB = 2048;

  /** MemorySize maximum raised to 32768 MB at the LMI launch (botocore, 2025-12-01). */
  public static final int MAX_MEMORY_MB = 32768;

  /** Standard Lambda default MemorySize (AWS::Lambda::Function reference). */
  public static final int LAMBDA_DEFAULT_MEMORY_MB = 128;

  /**
   * ExecutionEnvironmentMemoryGiBPerVCpu range 2.0-8.0 (<a
   * href="https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html">API</a>);
   * SAM documents the supported ratios 2, 4 and 8.
   */
  public static final double MIN_RATIO = 2.0;

  public static final double MAX_RATIO = 8.0;

  /** PerExecutionEnvironmentMaxConcurrency range (same API page). */
  public static final int MIN_CONCURRENCY = 1;

  public static final int MAX_CONCURRENCY = 1600;

  /**
   * "Up to 64 per vCPU" for invocations that use very little CPU (<a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html">Scaling
   * Lambda Managed Instances</a>).
   */
  public static final int MAX_CONCURRENCY_PER_VCPU_GUIDANCE = 64;

  /**
   * Default execution environments per published version, matching the three instances launched for
   * Availability Zone resiliency (scaling page, as above).
   */
  public static final int DEFAULT_MIN_EXECUTION_ENVIRONMENTS = 3;

  /**
   * FunctionScalingConfig limits, 0-15000 (<a
   * href="https://docs.aws.amazon.com/lambda/latest/api/API_FunctionScalingConfig.html">API</a>).
   */
  public static final int MAX_EXECUTION_ENVIRONMENTS = 15000;

  /**
   * CapacityProviderScalingConfig.MaxVCpuCount 2-15000 (<a
   * href="https://docs.aws.amazon.com/lambda/latest/api/API_CapacityProviderScalingConfig.html">API</a>).
   */
  public static final int MIN_VCPU_COUNT = 2;

  public static final int MAX_VCPU_COUNT = 15000;

  /**
   * Default concurrency per vCPU when PerExecutionEnvironmentMaxConcurrency is not set: Python 16
   * (<a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-python-runtime.html">Python
   * runtime page</a>).
   */
  public static final int PYTHON_DEFAULT_CONCURRENCY_PER_VCPU = 16;

  /**
   * Our heuristic, not an AWS number: below this a Python process has little room beyond the
   * interpreter and the AWS SDK.
   */
  public static final int PYTHON_TIGHT_PROCESS_MEMORY_MB = 128;

  /** Availability Zones a provider should span: one per instance of the default three. */
  public static final int RECOMMENDED_SUBNETS = 3;

  /**
   * Traffic that more than doubles within this many minutes may be throttled while LMI scales
   * (Scaling Lambda Managed Instances, as of 2026-12-01).
   */
  public static final int TRAFFIC_DOUBLING_MINUTES = 5;

  /**
   * Account and API quotas (<a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-quotas.html">Lambda
   * Managed Instances quotas</a>, as of 2026-11-21): capacity providers per account, function
   * versions per capacity provider (cannot be raised), and the combined read and write request
   * rates of the capacity-provider APIs (cannot be raised).
   */
  public static final int CAPACITY_PROVIDERS_PER_ACCOUNT = 1000;

  public static final int FUNCTION_VERSIONS_PER_CAPACITY_PROVIDER = 100;

  public static final int CAPACITY_PROVIDER_READ_REQUESTS_PER_SECOND = 15;

  public static final int CAPACITY_PROVIDER_WRITE_REQUESTS_PER_SECOND = 1;

  /**
   * CapacityProviderVpcConfig: 1 to 16 subnets, 0 to 5 security groups; SecurityGroupIds may be
   * empty or, in the Developer Guide, left out for the VPC's default group (API reference and
   * capacity providers page, as of 2026-12-01).
   */
  public static final int MAX_SUBNETS = 16;

  public static final int MAX_SECURITY_GROUPS = 5;

  /** InstanceRequirements allowed or excluded lists: up to 400 types (API reference). */
  public static final int MAX_INSTANCE_TYPES_LISTED = 400;

  /** MaxVCpuCount when a capacity provider leaves it out (capacity providers page, 2026-12-01). */
  public static final int DEFAULT_MAX_VCPU_COUNT = 400;

  private LmiLimits() {}
}
